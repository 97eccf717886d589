<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
  <context>
    <name>rjdesk</name>
    <message>
      <location filename="../../ui/appearance.py" line="34" />
      <source>Follow the system</source>
      <translation>Dilyn y system</translation>
    </message>
    <message>
      <location filename="../../ui/appearance.py" line="35" />
      <source>Light</source>
      <translation>Golau</translation>
    </message>
    <message>
      <location filename="../../ui/appearance.py" line="36" />
      <source>Dark</source>
      <translation>Tywyll</translation>
    </message>
    <message>
      <location filename="../../ui/appearance.py" line="37" />
      <source>High contrast</source>
      <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
      <location filename="../../ui/idle.py" line="73" />
      <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;rjdesk was idle and hid what was on screen.&lt;br&gt;{user}, type your password to carry on.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Wedi cloi&lt;/h2&gt;&lt;p&gt;Roedd rjdesk yn segur a chuddiodd yr hyn oedd ar y sgrin.&lt;br&gt;{user}, teipiwch eich cyfrinair i barhau.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/idle.py" line="81" />
      <source>Password to unlock</source>
      <translation>Cyfrinair i ddatgloi</translation>
    </message>
    <message>
      <location filename="../../ui/idle.py" line="88" />
      <source>&amp;Unlock</source>
      <translation>&amp;Datgloi</translation>
    </message>
    <message>
      <location filename="../../ui/idle.py" line="90" />
      <source>Sign &amp;out</source>
      <translation>A&amp;llgofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="60" />
      <source>My day</source>
      <translation>Fy niwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="61" />
      <source>Victims</source>
      <translation>Dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="62" />
      <source>Restorative justice</source>
      <translation>Cyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="63" />
      <source>Shared views</source>
      <translation>Safbwyntiau a rennir</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="66" />
      <source>Reparation</source>
      <translation>Gwneud iawn</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="70" />
      <source>Cases</source>
      <translation>Achosion</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="71" />
      <source>Panels</source>
      <translation>Paneli</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="72" />
      <source>Reports</source>
      <translation>Adroddiadau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="73" />
      <source>Disclosures</source>
      <translation>Datgeliadau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="74" />
      <source>Audit</source>
      <translation>Archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="75" />
      <source>Retention</source>
      <translation>Cadw cofnodion</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="78" />
      <source>Duty rules</source>
      <translation>Rheolau dyletswyddau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="83" />
      <source>Administration</source>
      <translation>Gweinyddu</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="106" />
      <source>Pages</source>
      <translation>Tudalennau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="211" />
      <source>&amp;File</source>
      <translation>&amp;Ffeil</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="212" />
      <source>&amp;Print…</source>
      <translation>&amp;Argraffu…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="213" />
      <source>&amp;Lock</source>
      <translation>&amp;Cloi</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="214" />
      <source>Change &amp;password…</source>
      <translation>Newid y cyf&amp;rinair…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="216" />
      <source>&amp;Quit</source>
      <translation>&amp;Gadael</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="227" />
      <source>&amp;Edit</source>
      <translation>&amp;Golygu</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="229" />
      <source>&amp;Find</source>
      <translation>C&amp;hwilio</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="232" />
      <source>&amp;New…</source>
      <translation>&amp;Newydd…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="236" />
      <source>&amp;View</source>
      <translation>G&amp;weld</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="237" />
      <source>&amp;Refresh</source>
      <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="240" />
      <source>&amp;Colours</source>
      <translation>Lli&amp;wiau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="251" />
      <source>&amp;Larger text</source>
      <translation>Testun &amp;mwy</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="252" />
      <source>&amp;Smaller text</source>
      <translation>Testun &amp;llai</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="253" />
      <source>&amp;Normal text size</source>
      <translation>Maint testun a&amp;rferol</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="257" />
      <source>Lan&amp;guage</source>
      <translation>&amp;Iaith</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="267" />
      <source>&amp;Help</source>
      <translation>&amp;Cymorth</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="268" />
      <source>&amp;About rjdesk</source>
      <translation>&amp;Ynghylch rjdesk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="341" />
      <source>Password changed.</source>
      <translation>Newidiwyd y cyfrinair.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="346" />
      <source>About rjdesk</source>
      <translation>Ynghylch rjdesk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="347" />
      <source>&lt;b&gt;rjdesk {version}&lt;/b&gt;&lt;p&gt;Victims and restorative justice work for Youth Justice Services in England and Wales.&lt;/p&gt;&lt;p&gt;Free software (GPL-3.0-or-later).&lt;/p&gt;</source>
      <translation>&lt;b&gt;rjdesk {version}&lt;/b&gt;&lt;p&gt;Gwaith gyda dioddefwyr a chyfiawnder adferol i Wasanaethau Cyfiawnder Ieuenctid yng Nghymru a Lloegr.&lt;/p&gt;&lt;p&gt;Meddalwedd rydd (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="391" />
      <source>That password is not right.</source>
      <translation>Nid yw'r cyfrinair hwnnw'n gywir.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="16" />
      <source>Home</source>
      <translation>Hafan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="26" />
      <source>&lt;h2&gt;Hello, {name}&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Helo, {name}&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="27" />
      <source>&lt;p&gt;You are signed in to &lt;b&gt;{service}&lt;/b&gt; as {roles}.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Rydych wedi mewngofnodi i &lt;b&gt;{service}&lt;/b&gt; fel {roles}.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="32" />
      <source>&lt;p&gt;Your pages:&lt;/p&gt;</source>
      <translation>&lt;p&gt;Eich tudalennau:&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="34" />
      <source>&lt;p&gt;Your roles open no other pages yet; they arrive as rjdesk grows.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Nid yw eich rolau'n agor unrhyw dudalennau eraill eto; byddant yn cyrraedd wrth i rjdesk dyfu.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="73" />
      <source>RJ process</source>
      <translation>Proses cyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../ui/tray.py" line="26" />
      <source>nothing overdue or due today</source>
      <translation>dim byd yn hwyr nac i'w wneud heddiw</translation>
    </message>
    <message>
      <location filename="../../ui/tray.py" line="29" />
      <source>{count} overdue</source>
      <translation>{count} yn hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/tray.py" line="31" />
      <source>{count} due today</source>
      <translation>{count} i'w wneud heddiw</translation>
    </message>
    <message>
      <location filename="../../ui/tray.py" line="71" />
      <source>Open &amp;My day</source>
      <translation>Agor &amp;Fy niwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/tray.py" line="73" />
      <source>&amp;Quit rjdesk</source>
      <translation>&amp;Gadael rjdesk</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="67" />
      <source>Victim record</source>
      <translation>Cofnod y dioddefwr</translation>
    </message>
  </context>
</TS>

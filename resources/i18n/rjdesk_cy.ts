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
      <location filename="../../ui/failures.py" line="78" />
      <source>Technical details</source>
      <translation>Manylion technegol</translation>
    </message>
    <message>
      <location filename="../../ui/failures.py" line="82" />
      <source>Copy details</source>
      <translation>Copïo'r manylion</translation>
    </message>
    <message>
      <location filename="../../ui/failures.py" line="83" />
      <source>Copy details to the clipboard</source>
      <translation>Copïo'r manylion i'r clipfwrdd</translation>
    </message>
    <message>
      <location filename="../../ui/failures.py" line="91" />
      <source>Copied</source>
      <translation>Wedi copïo</translation>
    </message>
    <message>
      <location filename="../../ui/failures.py" line="116" />
      <source>Something went wrong</source>
      <translation>Aeth rhywbeth o'i le</translation>
    </message>
    <message>
      <location filename="../../ui/failures.py" line="117" />
      <source>rjdesk hit an unexpected problem. What you had saved is safe. If it happens again, copy the details below and send them to your IT support.</source>
      <translation>Cafodd rjdesk broblem annisgwyl. Mae'r hyn roeddech wedi'i gadw yn ddiogel. Os bydd yn digwydd eto, copïwch y manylion isod a'u hanfon at eich cymorth TG.</translation>
    </message>
    <message>
      <location filename="../../ui/failures.py" line="135" />
      <source>rjdesk closed unexpectedly last time</source>
      <translation>Caeodd rjdesk yn annisgwyl y tro diwethaf</translation>
    </message>
    <message>
      <location filename="../../ui/failures.py" line="136" />
      <source>rjdesk stopped unexpectedly the last time it ran. Nothing you had saved was lost. You can copy the crash report for your IT support.</source>
      <translation>Stopiodd rjdesk yn annisgwyl y tro diwethaf iddo redeg. Ni chollwyd dim roeddech wedi'i gadw. Gallwch gopïo'r adroddiad am y chwalfa ar gyfer eich cymorth TG.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="59" />
      <source>first start</source>
      <translation>dechrau am y tro cyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="64" />
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="65" />
      <source>&amp;Next &gt;</source>
      <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="66" />
      <source>&amp;Finish</source>
      <translation>&amp;Gorffen</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="67" />
      <source>Cancel</source>
      <translation>Canslo</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="103" />
      <source>Where should rjdesk keep its records?</source>
      <translation>Ble dylai rjdesk gadw ei gofnodion?</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="106" />
      <source>On &amp;this computer — an encrypted store (a trial, or one officer working offline)</source>
      <translation>Ar y cyfrifiadur &amp;hwn — storfa wedi'i hamgryptio (treial, neu un swyddog yn gweithio all-lein)</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="109" />
      <source>In the &amp;service's database — PostgreSQL, shared by the team (recommended for real use)</source>
      <translation>Yng nghronfa ddata'r &amp;gwasanaeth — PostgreSQL, i'r tîm cyfan (argymhellir)</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="111" />
      <source>&amp;Demo data — made-up people to look around; nothing real</source>
      <translation>Data &amp;enghreifftiol — pobl ffug i edrych o gwmpas; dim byd go iawn</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="118" />
      <source>Victims' details are personal data. On this computer they are encrypted with a key kept in the system keyring; you will be shown a recovery key to print for a manager.</source>
      <translation>Mae manylion dioddefwyr yn ddata personol. Ar y cyfrifiadur hwn cânt eu hamgryptio ag allwedd a gedwir yng nghylch allweddi'r system; fe welwch allwedd adfer i'w hargraffu ar gyfer rheolwr.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="146" />
      <source>Working</source>
      <translation>Wrthi'n gweithio</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="181" />
      <source>The service's database</source>
      <translation>Cronfa ddata'r gwasanaeth</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="182" />
      <source>Ask your IT team for these. The password is kept in the system keyring, not in a file.</source>
      <translation>Gofynnwch i'ch tîm TG am y rhain. Cedwir y cyfrinair yng nghylch allweddi'r system, nid mewn ffeil.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="194" />
      <source>Remember the password on this computer (system keyring)</source>
      <translation>Cofio'r cyfrinair ar y cyfrifiadur hwn (cylch allweddi'r system)</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="197" />
      <source>&amp;Server:</source>
      <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="198" />
      <source>P&amp;ort:</source>
      <translation>P&amp;orth:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="199" />
      <source>&amp;Database:</source>
      <translation>Cronfa dd&amp;ata:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="200" />
      <source>&amp;User:</source>
      <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="202" />
      <source>&amp;TLS:</source>
      <translation>&amp;TLS (amgryptio):</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="209" />
      <source>&amp;Connect</source>
      <translation>C&amp;ysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="231" />
      <source>Fill in the server, database and user.</source>
      <translation>Llenwch y gweinydd, y gronfa ddata a'r defnyddiwr.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="234" />
      <source>Connecting…</source>
      <translation>Yn cysylltu…</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="246" />
      <source>Connected. This database already has users: you will sign in next.</source>
      <translation>Wedi cysylltu. Mae gan y gronfa ddata hon ddefnyddwyr yn barod: byddwch yn mewngofnodi nesaf.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="248" />
      <source>Connected. Next, name the service and create its first administrator.</source>
      <translation>Wedi cysylltu. Nesaf, enwch y gwasanaeth a chreu ei weinyddwr cyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="264" />
      <source>An encrypted store on this computer</source>
      <translation>Storfa wedi'i hamgryptio ar y cyfrifiadur hwn</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="270" />
      <source>Recovery key</source>
      <translation>Allwedd adfer</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="278" />
      <source>&amp;Print…</source>
      <translation>&amp;Argraffu…</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="279" />
      <source>&amp;Save to a file…</source>
      <translation>&amp;Cadw mewn ffeil…</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="286" />
      <source>I have printed or saved the recovery key, and a manager will keep it safe</source>
      <translation>Rwyf wedi argraffu neu gadw'r allwedd adfer, a bydd rheolwr yn ei chadw'n ddiogel</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="298" />
      <source>Creating the encrypted store…</source>
      <translation>Yn creu'r storfa wedi'i hamgryptio…</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="311" />
      <source>An encrypted store already exists on this computer; it is open. Its recovery key was shown when it was created.</source>
      <translation>Mae storfa wedi'i hamgryptio eisoes ar y cyfrifiadur hwn; mae ar agor. Dangoswyd ei hallwedd adfer pan gafodd ei chreu.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="321" />
      <source>The store is ready. This is its recovery key. It is shown only now. Without it, the records cannot be opened if this computer's keyring is lost. Print it or save it somewhere safe, away from this computer, and give it to a manager.</source>
      <translation>Mae'r storfa'n barod. Dyma ei hallwedd adfer. Dim ond nawr y caiff ei dangos. Hebddi, ni ellir agor y cofnodion os collir cylch allweddi'r cyfrifiadur hwn. Argraffwch hi neu ei chadw yn rhywle diogel, i ffwrdd o'r cyfrifiadur hwn, a'i rhoi i reolwr.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="332" />
      <source>rjdesk recovery key

{key}

Keep this safe. It opens the encrypted rjdesk store on this computer if the system keyring is lost.
</source>
      <translation>Allwedd adfer rjdesk

{key}

Cadwch hon yn ddiogel. Mae'n agor storfa rjdesk wedi'i hamgryptio ar y cyfrifiadur hwn os collir cylch allweddi'r system.
</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="349" />
      <source>Save the recovery key</source>
      <translation>Cadw'r allwedd adfer</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="349" />
      <source>Text files (*.txt)</source>
      <translation>Ffeiliau testun (*.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="357" />
      <source>Saved to {path}. Move it off this computer and give it to a manager.</source>
      <translation>Wedi'i chadw yn {path}. Symudwch hi oddi ar y cyfrifiadur hwn a'i rhoi i reolwr.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="368" />
      <source>Your service and its first administrator</source>
      <translation>Eich gwasanaeth a'i weinyddwr cyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="370" />
      <source>The administrator adds the team's users and their roles. Administrators see no victim data.</source>
      <translation>Mae'r gweinyddwr yn ychwanegu defnyddwyr y tîm a'u rolau. Nid yw gweinyddwyr yn gweld unrhyw ddata am ddioddefwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="376" />
      <source>e.g. Northbridge Youth Justice Service</source>
      <translation>e.e. Gwasanaeth Cyfiawnder Ieuenctid Northbridge</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="378" />
      <source>a short code, e.g. NBYJS</source>
      <translation>cod byr, e.e. NBYJS</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="379" />
      <source>A Welsh service</source>
      <translation>Gwasanaeth yng Nghymru</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="386" />
      <source>Service &amp;name:</source>
      <translation>&amp;Enw'r gwasanaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="387" />
      <source>Service &amp;code:</source>
      <translation>C&amp;od y gwasanaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="389" />
      <source>Administrator's &amp;user name:</source>
      <translation>Enw &amp;defnyddiwr y gweinyddwr:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="390" />
      <source>Administrator's &amp;full name:</source>
      <translation>Enw &amp;llawn y gweinyddwr:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="391" />
      <source>&amp;Password:</source>
      <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="392" />
      <source>C&amp;onfirm password:</source>
      <translation>Cadarnhau'r c&amp;yfrinair:</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="406" />
      <source>The two passwords differ.</source>
      <translation>Mae'r ddau gyfrinair yn wahanol.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="446" />
      <source>Creating…</source>
      <translation>Yn creu…</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="463" />
      <source>Demo data</source>
      <translation>Data enghreifftiol</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="464" />
      <source>A separate store of made-up people and cases (Faker, en_GB). Nothing here is real.</source>
      <translation>Storfa ar wahân o bobl ac achosion ffug (Faker, en_GB). Does dim byd yma yn go iawn.</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="474" />
      <source>Making demo data…</source>
      <translation>Yn creu data enghreifftiol…</translation>
    </message>
    <message>
      <location filename="../../ui/first_start.py" line="483" />
      <source>Ready.</source>
      <translation>Yn barod.</translation>
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
      <location filename="../../ui/letters.py" line="38" />
      <source>PDF, ready to print (*.pdf)</source>
      <translation>PDF, yn barod i'w argraffu (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="39" />
      <source>Word, for editing (*.docx)</source>
      <translation>Word, i'w olygu (*.docx)</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="42" />
      <source>English</source>
      <translation>Saesneg</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="43" />
      <source>Welsh</source>
      <translation>Cymraeg</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="44" />
      <source>Bilingual (Welsh first)</source>
      <translation>Dwyieithog (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="73" />
      <source>One line per line of the address, the postcode last</source>
      <translation>Un llinell ar gyfer pob llinell o'r cyfeiriad, y cod post yn olaf</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="84" />
      <source>Preview of the letter</source>
      <translation>Rhagolwg o'r llythyr</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="85" />
      <source>Preview shows the letter exactly as it will be printed.</source>
      <translation>Mae'r rhagolwg yn dangos y llythyr yn union fel y caiff ei argraffu.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="89" />
      <source>&amp;Preview</source>
      <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="90" />
      <source>&amp;Save a copy…</source>
      <translation>Cadw c&amp;opi…</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="91" />
      <source>As a PDF ready to print, or as a Word document to edit before sending</source>
      <translation>Fel PDF yn barod i'w argraffu, neu fel dogfen Word i'w golygu cyn ei anfon</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="97" />
      <source>&amp;Language:</source>
      <translation>&amp;Iaith:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="98" />
      <source>&amp;Name:</source>
      <translation>&amp;Enw:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="99" />
      <source>A&amp;ddress:</source>
      <translation>Cyfeiria&amp;d:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="100" />
      <source>Your paragraph (&amp;English):</source>
      <translation>Eich paragraff (&amp;Saesneg):</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="101" />
      <source>Your paragraph (&amp;Welsh):</source>
      <translation>Eich paragraff (&amp;Cymraeg):</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="125" />
      <source>What you want to say, in {language}</source>
      <translation>Yr hyn rydych am ei ddweud ({language})</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="153" />
      <source>Save a copy of the letter</source>
      <translation>Cadw copi o'r llythyr</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="171" />
      <source>Saved to {path}. Nothing is recorded as sent.</source>
      <translation>Wedi'i gadw yn {path}. Ni chofnodwyd dim fel wedi'i anfon.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="184" />
      <source>In your own words: required for this letter.</source>
      <translation>Yn eich geiriau eich hun: mae'n ofynnol ar gyfer y llythyr hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="186" />
      <source>Optional: anything you want to add in your own words.</source>
      <translation>Dewisol: unrhyw beth yr hoffech ei ychwanegu yn eich geiriau eich hun.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="188" />
      <source>Letter: {name}</source>
      <translation>Llythyr: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="195" />
      <source>Not about one case</source>
      <translation>Nid am un achos</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="200" />
      <source>Choose…</source>
      <translation>Dewiswch…</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="200" />
      <source>Yes, I tried to phone first</source>
      <translation>Do, ceisiais ffonio yn gyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="200" />
      <source>No</source>
      <translation>Naddo</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="202" />
      <source>&amp;About the case:</source>
      <translation>&amp;Ynghylch yr achos:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="203" />
      <source>&amp;To:</source>
      <translation>&amp;At:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="206" />
      <source>Did you p&amp;hone first?</source>
      <translation>A wnaethoch chi &amp;ffonio yn gyntaf?</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="207" />
      <source>Sent &amp;on:</source>
      <translation>A&amp;nfonwyd ar:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="209" />
      <source>&amp;Record as sent</source>
      <translation>Cofnodi ei fod &amp;wedi'i anfon</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="211" />
      <source>Keeps a copy on the victim's record and logs a contact attempt by letter; meets the duty because the victim chose letters</source>
      <translation>Yn cadw copi ar gofnod y dioddefwr ac yn cofnodi ymgais i gysylltu drwy lythyr; mae'n bodloni'r ddyletswydd am fod y dioddefwr wedi dewis llythyrau</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="216" />
      <source>Keeps a copy on the victim's record and logs a contact attempt by letter</source>
      <translation>Yn cadw copi ar gofnod y dioddefwr ac yn cofnodi ymgais i gysylltu drwy lythyr</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="262" />
      <source>Optional: a word about how it went. Never anything about the victim.</source>
      <translation>Dewisol: gair am sut aeth pethau. Byth unrhyw beth am y dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="267" />
      <source>To {child}'s parent or carer: {amount} at {project}, completed on {date}. The child will read it: a letter that would identify a victim is refused.</source>
      <translation>At riant neu ofalwr {child}: {amount} yn {project}, wedi'i gwblhau ar {date}. Bydd y plentyn yn ei ddarllen: gwrthodir llythyr a fyddai'n datgelu pwy yw dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="279" />
      <source>The parent or carer's name</source>
      <translation>Enw'r rhiant neu'r gofalwr</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="281" />
      <source>Close</source>
      <translation>Cau</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="51" />
      <source>sign in</source>
      <translation>mewngofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="62" />
      <source>Victims and restorative justice</source>
      <translation>Dioddefwyr a chyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="72" />
      <source>User name</source>
      <translation>Enw defnyddiwr</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="75" />
      <source>Password</source>
      <translation>Cyfrinair</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="76" />
      <source>&amp;User name:</source>
      <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="83" />
      <source>Sign-in message</source>
      <translation>Neges mewngofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="93" />
      <source>Use &amp;recovery key…</source>
      <translation>Defnyddio'r allwedd &amp;adfer…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="96" />
      <source>&amp;Try again</source>
      <translation>&amp;Rhoi cynnig arall</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="99" />
      <source>Restore the latest &amp;good backup…</source>
      <translation>Adfer y copi &amp;wrth gefn da diweddaraf…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="105" />
      <source>&amp;Connection…</source>
      <translation>C&amp;ysylltiad…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="106" />
      <source>Where the data lives: this computer or the service's database server</source>
      <translation>Ble mae'r data'n cael ei gadw: y cyfrifiadur hwn neu weinydd cronfa ddata'r gwasanaeth</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="108" />
      <source>Sign &amp;in</source>
      <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="122" />
      <source>Opening the store…</source>
      <translation>Yn agor y storfa…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="145" />
      <source>The store is not open.</source>
      <translation>Nid yw'r storfa ar agor.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="151" />
      <source>This computer's keyring does not hold the key of the encrypted store (it may have been reset). Type the recovery key that a manager keeps: Use recovery key…</source>
      <translation>Nid yw cylch allweddi'r cyfrifiadur hwn yn dal allwedd y storfa wedi'i hamgryptio (efallai ei fod wedi'i ailosod). Teipiwch yr allwedd adfer y mae rheolwr yn ei chadw: Defnyddio'r allwedd adfer…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="158" />
      <source>Your backups are checked one by one until a good one is found.</source>
      <translation>Caiff eich copïau wrth gefn eu gwirio fesul un nes dod o hyd i un da.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="164" />
      <source>Checking the backups…</source>
      <translation>Yn gwirio'r copïau wrth gefn…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="177" />
      <source>No good backup.</source>
      <translation>Dim copi wrth gefn da.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="179" />
      <source>No backup of this store opens and verifies on this computer. Ask IT for a copy of the backups folder, or set up again.</source>
      <translation>Nid oes copi wrth gefn o'r storfa hon yn agor ac yn cael ei wirio ar y cyfrifiadur hwn. Gofynnwch i'r adran TG am gopi o'r ffolder copïau wrth gefn, neu gosodwch eto.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="189" />
      <source>Restore the latest good backup</source>
      <translation>Adfer y copi wrth gefn da diweddaraf</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="190" />
      <source>The newest good backup was made on {made}. Work saved after that is not in it.

The damaged store is kept (not deleted) beside the store, in the folder 'damaged'. Restore this backup now?</source>
      <translation>Gwnaed y copi wrth gefn da diweddaraf ar {made}. Nid yw gwaith a gadwyd ar ôl hynny ynddo.

Cedwir y storfa sydd wedi'i difrodi (nid yw'n cael ei dileu) wrth ymyl y storfa, yn y ffolder 'damaged'. Adfer y copi wrth gefn hwn nawr?</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="198" />
      <source>Restoring…</source>
      <translation>Yn adfer…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="209" />
      <source>Type the recovery key (14 groups of four letters and digits):</source>
      <translation>Teipiwch yr allwedd adfer (14 grŵp o bedwar nod, yn llythrennau a digidau):</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="234" />
      <source>Enter your user name and password.</source>
      <translation>Rhowch eich enw defnyddiwr a'ch cyfrinair.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="237" />
      <source>Checking…</source>
      <translation>Yn gwirio…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="248" />
      <source>Signed in.</source>
      <translation>Wedi mewngofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="253" />
      <source>Choose a new password to continue.</source>
      <translation>Dewiswch gyfrinair newydd i barhau.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="281" />
      <source>Change password</source>
      <translation>Newid y cyfrinair</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="284" />
      <source>Your password was set by an administrator. Choose your own to continue.</source>
      <translation>Gosodwyd eich cyfrinair gan weinyddwr. Dewiswch eich un chi i barhau.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="294" />
      <source>&amp;Current password:</source>
      <translation>&amp;Cyfrinair presennol:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="295" />
      <source>&amp;New password:</source>
      <translation>Cyfrinair &amp;newydd:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="296" />
      <source>C&amp;onfirm new password:</source>
      <translation>Ca&amp;darnhau'r cyfrinair newydd:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="305" />
      <source>The two new passwords differ.</source>
      <translation>Mae'r ddau gyfrinair newydd yn wahanol.</translation>
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
      <location filename="../../ui/pages/audit.py" line="43" />
      <source>From</source>
      <translation>O</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="44" />
      <source>To</source>
      <translation>Hyd at</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="46" />
      <source>to</source>
      <translation>hyd at</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="49" />
      <source>From:</source>
      <translation>O:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="51" />
      <source>Any user (type part of a user name)</source>
      <translation>Unrhyw ddefnyddiwr (teipiwch ran o enw defnyddiwr)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="54" />
      <source>Kind of record</source>
      <translation>Math o gofnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="55" />
      <source>Any kind of record</source>
      <translation>Unrhyw fath o gofnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="56" />
      <source>&amp;Kind of record:</source>
      <translation>&amp;Math o gofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="58" />
      <source>A victim's reference (V000123) or a record's number</source>
      <translation>Cyfeirnod dioddefwr (V000123) neu rif cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="59" />
      <source>&amp;Record:</source>
      <translation>C&amp;ofnod:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="62" />
      <source>&amp;Search</source>
      <translation>C&amp;hwilio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="64" />
      <source>Ver&amp;ify the audit trail</source>
      <translation>D&amp;ilysu'r llwybr archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="65" />
      <source>E&amp;xport CSV…</source>
      <translation>Allforio CS&amp;V…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="71" />
      <source>The audit trail has not been verified in this session.</source>
      <translation>Nid yw'r llwybr archwilio wedi'i ddilysu yn y sesiwn hon.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="79" />
      <source>When (UTC)</source>
      <translation>Pryd (UTC)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="80" />
      <source>User</source>
      <translation>Defnyddiwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="81" />
      <source>Action</source>
      <translation>Gweithred</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="83" />
      <source>Record</source>
      <translation>Cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="84" />
      <source>Details</source>
      <translation>Manylion</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="87" />
      <source>Audit trail</source>
      <translation>Llwybr archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="126" />
      <source>{count} entries (the newest {limit}: narrow the filters to see older ones).</source>
      <translation>{count} o gofnodion (y {limit} mwyaf diweddar: culhewch yr hidlwyr i weld rhai hŷn).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="130" />
      <source>{count} entries.</source>
      <translation>{count} o gofnodion.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="137" />
      <source>Verifying the audit trail…</source>
      <translation>Yn dilysu'r llwybr archwilio…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="143" />
      <source>(checked {when})</source>
      <translation>(gwiriwyd {when})</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="151" />
      <source>Export the audit entries</source>
      <translation>Allforio'r cofnodion archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="160" />
      <source>Saved to {path}.</source>
      <translation>Wedi'i gadw yn {path}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/audit.py" line="165" />
      <source>Audit trail {start} to {end}</source>
      <translation>Llwybr archwilio {start} hyd at {end}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/base.py" line="19" />
      <source>Page</source>
      <translation>Tudalen</translation>
    </message>
    <message>
      <location filename="../../ui/pages/base.py" line="100" />
      <source>Changed by someone else</source>
      <translation>Wedi newid gan rywun arall</translation>
    </message>
    <message>
      <location filename="../../ui/pages/base.py" line="100" />
      <source>The page will now reload.</source>
      <translation>Bydd y dudalen yn ail-lwytho nawr.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="33" />
      <source>To:</source>
      <translation>Hyd at:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="42" />
      <source>Date</source>
      <translation>Dyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="43" />
      <source>Disclosed to</source>
      <translation>Datgelwyd i</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="44" />
      <source>Recipient</source>
      <translation>Derbynnydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="45" />
      <source>Lawful basis</source>
      <translation>Sail gyfreithlon</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="46" />
      <source>Reason</source>
      <translation>Rheswm</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="47" />
      <source>What</source>
      <translation>Beth</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="48" />
      <source>Victim</source>
      <translation>Dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="49" />
      <source>Case</source>
      <translation>Achos</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="50" />
      <source>Recorded by</source>
      <translation>Cofnodwyd gan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="66" />
      <source>Disclosures {start} to {end}</source>
      <translation>Datgeliadau {start} hyd at {end}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="72" />
      <source>Export the disclosure log</source>
      <translation>Allforio'r cofnod datgeliadau</translation>
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
      <location filename="../../ui/pages/my_day.py" line="38" />
      <source>Overdue ({days} days)</source>
      <translation>Yn hwyr ({days} diwrnod)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="40" />
      <source>Due today</source>
      <translation>I'w wneud heddiw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="49" />
      <source>When</source>
      <translation>Pryd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="51" />
      <source>Duty</source>
      <translation>Dyletswydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="53" />
      <source>Held by</source>
      <translation>Gan bwy</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="55" />
      <source>YJS</source>
      <translation>GCI</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="57" />
      <source>{holder}: check / chase</source>
      <translation>{holder}: gwirio / mynd ar ei ôl</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="61" />
      <source>Status</source>
      <translation>Statws</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="64" />
      <source> until {date}</source>
      <translation> tan {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="89" />
      <source>Whole &amp;team</source>
      <translation>Y &amp;tîm cyfan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="90" />
      <source>Show the whole team's duties</source>
      <translation>Dangos dyletswyddau'r tîm cyfan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="93" />
      <source>Arrange &amp;cover…</source>
      <translation>Trefnu c&amp;yflenwi…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="103" />
      <source>&amp;Seen</source>
      <translation>Gwe&amp;lwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="104" />
      <source>Acknowledge the alerts</source>
      <translation>Cydnabod y rhybuddion</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="121" />
      <source>Duties due</source>
      <translation>Dyletswyddau sy'n ddyledus</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="129" />
      <source>Show &amp;all</source>
      <translation>Dangos y cyf&amp;an</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="130" />
      <source>List every duty in the window, not only the soonest</source>
      <translation>Rhestru pob dyletswydd yn y cyfnod, nid y cynharaf yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="138" />
      <source>&amp;Open victim</source>
      <translation>Agor y &amp;dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="139" />
      <source>&amp;Record what meets it…</source>
      <translation>Cofnodi'r hyn sy'n ei f&amp;odloni…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="140" />
      <source>Mark &amp;met…</source>
      <translation>&amp;Nodi ei bod wedi'i bodloni…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="141" />
      <source>&amp;Defer or waive…</source>
      <translation>Go&amp;hirio neu hepgor…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="193" />
      <source>&lt;b&gt;Safety plan reviews due:&lt;/b&gt; {items}</source>
      <translation>&lt;b&gt;Adolygiadau cynllun diogelwch sy'n ddyledus:&lt;/b&gt; {items}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="201" />
      <source>{case}: {item} (due {date})</source>
      <translation>{case}: {item} (erbyn {date})</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="206" />
      <source>&lt;b&gt;RJ agreement items overdue:&lt;/b&gt; {items}</source>
      <translation>&lt;b&gt;Eitemau cytundeb cyfiawnder adferol sy'n hwyr:&lt;/b&gt; {items}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="209" />
      <source>&lt;b&gt;Your RJ supervision is overdue since&lt;/b&gt; {date}</source>
      <translation>&lt;b&gt;Mae eich goruchwyliaeth cyfiawnder adferol yn hwyr ers&lt;/b&gt; {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="211" />
      <source>&lt;b&gt;Your RJ supervision is due by&lt;/b&gt; {date}</source>
      <translation>&lt;b&gt;Mae eich goruchwyliaeth cyfiawnder adferol yn ddyledus erbyn&lt;/b&gt; {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="234" />
      <source>&lt;b&gt;{overdue}&lt;/b&gt; overdue · &lt;b&gt;{today}&lt;/b&gt; due today · &lt;b&gt;{upcoming}&lt;/b&gt; in the next {days} working days</source>
      <translation>&lt;b&gt;{overdue}&lt;/b&gt; yn hwyr · &lt;b&gt;{today}&lt;/b&gt; i'w gwneud heddiw · &lt;b&gt;{upcoming}&lt;/b&gt; yn y {days} diwrnod gwaith nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="238" />
      <source> · {count} to check or chase</source>
      <translation> · {count} i'w gwirio neu fynd ar eu hôl</translation>
    </message>
    <message>
      <location filename="../../ui/pages/my_day.py" line="243" />
      <source>Showing the {shown} soonest of {total} duties.</source>
      <translation>Yn dangos y {shown} cynharaf o {total} o ddyletswyddau.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="38" />
      <source>What victims agreed to share with the child's worker. Names and contact details are never shown here.</source>
      <translation>Yr hyn y cytunodd dioddefwyr i'w rannu â gweithiwr y plentyn. Ni ddangosir enwau na manylion cyswllt byth yma.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="47" />
      <source>Recorded</source>
      <translation>Cofnodwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="48" />
      <source>What they agreed to share</source>
      <translation>Yr hyn y cytunon nhw i'w rannu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="50" />
      <source>Relayed to the child</source>
      <translation>Wedi'i drosglwyddo i'r plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="54" />
      <source>not yet</source>
      <translation>ddim eto</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="54" />
      <source>not agreed</source>
      <translation>heb gytuno</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="65" />
      <source>&amp;Relayed to the child…</source>
      <translation>Wedi'i &amp;drosglwyddo i'r plentyn…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="66" />
      <source>&amp;Summary for a report…</source>
      <translation>C&amp;rynodeb ar gyfer adroddiad…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/shared_views.py" line="114" />
      <source>Victim information for the report</source>
      <translation>Gwybodaeth am ddioddefwyr ar gyfer yr adroddiad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="26" />
      <source>Person</source>
      <translation>Unigolyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="27" />
      <source>Organisation</source>
      <translation>Sefydliad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="28" />
      <source>Professional</source>
      <translation>Gweithiwr proffesiynol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="29" />
      <source>Unidentified</source>
      <translation>Heb ei adnabod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="31" />
      <source>Open</source>
      <translation>Agored</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="31" />
      <source>Closed</source>
      <translation>Ar gau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="45" />
      <source>Search by name, victim reference or child's case reference (Ctrl+F)</source>
      <translation>Chwilio yn ôl enw, cyfeirnod y dioddefwr neu gyfeirnod achos y plentyn (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="46" />
      <source>Search victims</source>
      <translation>Chwilio am ddioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="51" />
      <source>Any status</source>
      <translation>Unrhyw statws</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="55" />
      <source>Worker</source>
      <translation>Gweithiwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="56" />
      <source>Any worker</source>
      <translation>Unrhyw weithiwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="57" />
      <source>Mine</source>
      <translation>Fy rhai i</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="63" />
      <source>Reference</source>
      <translation>Cyfeirnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="64" />
      <source>Name</source>
      <translation>Enw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="65" />
      <source>Kind</source>
      <translation>Math</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="70" />
      <source>Safety</source>
      <translation>Diogelwch</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="70" />
      <source>⚠ concern</source>
      <translation>⚠ pryder</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="110" />
      <source>{shown} shown of {total} victims</source>
      <translation>{shown} yn cael eu dangos o {total} o ddioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="112" />
      <source>{total} victims</source>
      <translation>{total} o ddioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/victims.py" line="137" />
      <source>Add the child's case first: a referral links a victim to a child's offences.</source>
      <translation>Ychwanegwch achos y plentyn yn gyntaf: mae atgyfeiriad yn cysylltu dioddefwr â throseddau plentyn.</translation>
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
    <message>
      <location filename="../../ui/widgets/forms.py" line="139" />
      <source>What you entered is kept: press OK to try again.</source>
      <translation>Mae'r hyn a roesoch wedi'i gadw: pwyswch OK i roi cynnig arall.</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
  <context>
    <name>rjdesk</name>
    <message>
      <location filename="../../rjdesk/rules/channels.py" line="0" />
      <source>Phone</source>
      <translation>Ffôn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/channels.py" line="0" />
      <source>Email</source>
      <translation>E-bost</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/channels.py" line="0" />
      <source>Visit</source>
      <translation>Ymweliad</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/channels.py" line="0" />
      <source>Video call</source>
      <translation>Galwad fideo</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/channels.py" line="0" />
      <source>Text message</source>
      <translation>Neges destun</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/consent.py" line="0" />
      <source>Contact by the YJS</source>
      <translation>Cyswllt gan y GCI</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/consent.py" line="0" />
      <source>Taking part in restorative justice</source>
      <translation>Cymryd rhan mewn cyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/consent.py" line="0" />
      <source>Sharing views with the child's worker</source>
      <translation>Rhannu barn â gweithiwr y plentyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/consent.py" line="0" />
      <source>Sharing views with the child</source>
      <translation>Rhannu barn â'r plentyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/consent.py" line="0" />
      <source>Receiving progress updates</source>
      <translation>Cael diweddariadau ar y cynnydd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/disposals.py" line="0" />
      <source>Referral order panel</source>
      <translation>Panel gorchymyn atgyfeirio</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/disposals.py" line="0" />
      <source>Out-of-court panel</source>
      <translation>Panel y tu allan i'r llys</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Met on time</source>
      <translation>Wedi'i gyflawni mewn pryd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Met late</source>
      <translation>Wedi'i gyflawni'n hwyr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Deferred for safety</source>
      <translation>Wedi'i ohirio er diogelwch</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Waived</source>
      <translation>Wedi'i hepgor</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Not applicable</source>
      <translation>Amherthnasol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Unable to contact</source>
      <translation>Methu cysylltu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Police</source>
      <translation>Heddlu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Witness Care</source>
      <translation>Gofal Tystion</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Probation</source>
      <translation>Prawf</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Priority triage of an enhanced-rights referral</source>
      <translation>Brysbennu blaenoriaeth atgyfeiriad hawliau uwch</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>First contact attempt</source>
      <translation>Ymgais gyntaf i gysylltu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Views sought before the decision</source>
      <translation>Gofyn am farn cyn y penderfyniad</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Support referral</source>
      <translation>Atgyfeirio am gymorth</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Progress update</source>
      <translation>Diweddariad ar y cynnydd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Told the intervention has concluded</source>
      <translation>Dweud bod yr ymyriad wedi dod i ben</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Victim Contact Scheme liaison</source>
      <translation>Cysylltu â'r Cynllun Cyswllt Dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Complaint acknowledged</source>
      <translation>Cydnabod y gŵyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Local practice</source>
      <translation>Arfer lleol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Local practice, serving Victims' Code Right 3</source>
      <translation>Arfer lleol, yn gwasanaethu Hawl 3 y Cod Dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>YJB KPI guidance (KPI 10d)</source>
      <translation>Canllawiau DPA BCI (DPA 10d)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Code-backed national standard</source>
      <translation>Safon genedlaethol a gefnogir gan y Cod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Probation and Witness Care hold it (statute); the YJS checks</source>
      <translation>Y Gwasanaeth Prawf a Gofal Tystion sy'n ei ddal (statud); mae'r GCI yn gwirio</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/duties.py" line="0" />
      <source>Local practice (2015 Code wording)</source>
      <translation>Arfer lleol (geiriad Cod 2015)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Victims engaged in RJ with consent to YJS contact, of victims who consented</source>
      <translation>Dioddefwyr a ymgysylltodd â CA gyda chaniatâd i gyswllt gan y GCI, o'r dioddefwyr a gydsyniodd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Victims, per child with a cohort order ending in the quarter</source>
      <translation>Dioddefwyr, fesul plentyn â gorchymyn carfan yn dod i ben yn y chwarter</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Children with identified victims, of children with a cohort order ending in the quarter</source>
      <translation>Plant â dioddefwyr a nodwyd, o'r plant â gorchymyn carfan yn dod i ben yn y chwarter</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>RJ processes engaged with (child–victim pairs, no consent condition), of victims who consented</source>
      <translation>Prosesau CA yr ymgysylltwyd â nhw (parau plentyn–dioddefwr, dim amod caniatâd), o'r dioddefwyr a gydsyniodd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Victims asked their view before the decision, of victims who consented</source>
      <translation>Dioddefwyr y gofynnwyd eu barn cyn y penderfyniad, o'r dioddefwyr a gydsyniodd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Victims given the progress information they asked for, of victims who consented</source>
      <translation>Dioddefwyr a gafodd y wybodaeth am gynnydd y gofynnon nhw amdani, o'r dioddefwyr a gydsyniodd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Victims given information on support services, of victims who consented</source>
      <translation>Dioddefwyr a gafodd wybodaeth am wasanaethau cymorth, o'r dioddefwyr a gydsyniodd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Victims with a YJS contact date (no consent condition), of victims who consented</source>
      <translation>Dioddefwyr â dyddiad cyswllt gan y GCI (dim amod caniatâd), o'r dioddefwyr a gydsyniodd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Consent = Y when the victim gave consent to YJS contact for the child's case at any time on or before the as-of date (a later withdrawal does not rewrite it).</source>
      <translation>Caniatâd = Y pan roddodd y dioddefwr ganiatâd i gyswllt gan y GCI ar gyfer achos y plentyn unrhyw bryd ar neu cyn y dyddiad cyfrif (nid yw tynnu'n ôl yn ddiweddarach yn ei ailysgrifennu).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/kpi10.py" line="0" />
      <source>Strict current consent: consent = Y only when the victim's latest decision on YJS contact for the child's case, on or before the as-of date, is 'given'.</source>
      <translation>Caniatâd cyfredol llym: caniatâd = Y dim ond pan fo penderfyniad diweddaraf y dioddefwr am gyswllt gan y GCI ar gyfer achos y plentyn, ar neu cyn y dyddiad cyfrif, yn 'wedi'i roi'.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Out-of-court disposal with intervention</source>
      <translation>Gwarediad y tu allan i'r llys gydag ymyriad</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Youth caution</source>
      <translation>Rhybudd ieuenctid</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Youth conditional caution</source>
      <translation>Rhybudd amodol ieuenctid</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Referral order</source>
      <translation>Gorchymyn atgyfeirio</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Youth rehabilitation order</source>
      <translation>Gorchymyn adsefydlu ieuenctid</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Custody</source>
      <translation>Dalfa</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Community resolution (no intervention)</source>
      <translation>Datrysiad cymunedol (dim ymyriad)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Youth caution (no intervention)</source>
      <translation>Rhybudd ieuenctid (dim ymyriad)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>No further action</source>
      <translation>Dim camau pellach</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Reparation order</source>
      <translation>Gorchymyn gwneud iawn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Remand</source>
      <translation>Remánd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Order made</source>
      <translation>Gwnaed y gorchymyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Review</source>
      <translation>Adolygiad</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Breach</source>
      <translation>Torri amodau</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Completion</source>
      <translation>Cwblhau</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Given</source>
      <translation>Wedi'i roi</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Refused</source>
      <translation>Wedi'i wrthod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Written</source>
      <translation>Ysgrifenedig</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Verbal</source>
      <translation>Llafar</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Electronic</source>
      <translation>Electronig</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Parent carer</source>
      <translation>Rhiant gofalwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Sexual</source>
      <translation>Rhywiol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Domestic abuse</source>
      <translation>Cam-drin domestig</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Hate crime</source>
      <translation>Trosedd casineb</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Stalking</source>
      <translation>Stelcian</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Exploitation</source>
      <translation>Camfanteisio</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Foundation</source>
      <translation>Sylfaen</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Intermediate</source>
      <translation>Canolradd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Advanced</source>
      <translation>Uwch</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Under 18</source>
      <translation>O dan 18</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Most serious crime</source>
      <translation>Trosedd fwyaf difrifol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Persistently targeted</source>
      <translation>Wedi'i dargedu'n barhaus</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Vulnerable</source>
      <translation>Agored i niwed</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Intimidated</source>
      <translation>Wedi'i frawychu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Individual</source>
      <translation>Unigolyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Contact</source>
      <translation>Cyswllt</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Attempt</source>
      <translation>Ymgais</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Complaint</source>
      <translation>Cwyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Document</source>
      <translation>Dogfen</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Referral</source>
      <translation>Atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/labels.py" line="0" />
      <source>Request</source>
      <translation>Cais</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/letters.py" line="240" />
      <source>Who is the letter to?</source>
      <translation>At bwy mae'r llythyr?</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/letters.py" line="242" />
      <source>Where is it going? Enter the address.</source>
      <translation>I ble mae'n mynd? Rhowch y cyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/letters.py" line="248" />
      <source>Write the {language} paragraph in your own words: this letter's news is yours to give.</source>
      <translation>Ysgrifennwch y paragraff {language} yn eich geiriau eich hun: eich newyddion chi yw newyddion y llythyr hwn i'w rhoi.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/letters.py" line="253" />
      <source>Write the {language} paragraph in your own words: a first letter is personal.</source>
      <translation>Ysgrifennwch y paragraff {language} yn eich geiriau eich hun: mae llythyr cyntaf yn bersonol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/letters.py" line="258" />
      <source>Say whether you tried to phone first.</source>
      <translation>Dywedwch a wnaethoch geisio ffonio gyntaf.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>Victim liaison officer</source>
      <translation>Swyddog cyswllt dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>RJ coordinator / facilitator</source>
      <translation>Cydlynydd / hwylusydd CA</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>Panel coordinator</source>
      <translation>Cydlynydd paneli</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>Reparation supervisor</source>
      <translation>Goruchwyliwr gwneud iawn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>Case manager</source>
      <translation>Rheolwr achos</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>Manager</source>
      <translation>Rheolwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>Performance analyst</source>
      <translation>Dadansoddwr perfformiad</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/permissions.py" line="0" />
      <source>Administrator</source>
      <translation>Gweinyddwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Late</source>
      <translation>Hwyr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Left early</source>
      <translation>Gadael yn gynnar</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Absent</source>
      <translation>Absennol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>In person</source>
      <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Online</source>
      <translation>Ar-lein</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Remote</source>
      <translation>O bell</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>In development</source>
      <translation>Wrthi'n cael ei ddatblygu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Completed</source>
      <translation>Wedi'i gwblhau</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Ended early</source>
      <translation>Wedi dod i ben yn gynnar</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Reparation hours</source>
      <translation>Oriau gwneud iawn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Unpaid work (YRO)</source>
      <translation>Gwaith di-dâl (GAI)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="0" />
      <source>Activity requirement days (YRO)</source>
      <translation>Diwrnodau gofyniad gweithgaredd (GAI)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="114" />
      <source>A {disposal} has no reparation to place.</source>
      <translation>Nid oes gwneud iawn i'w leoli ar gyfer {disposal}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="117" />
      <source>Give the {unit} to complete.</source>
      <translation>Rhowch yr {unit} i'w cwblhau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="119" />
      <source>The due-by date is before the start.</source>
      <translation>Mae'r dyddiad erbyn cyn y dechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="122" />
      <source>{requirement} belongs to a youth rehabilitation order only.</source>
      <translation>Mae {requirement} yn perthyn i orchymyn adsefydlu ieuenctid yn unig.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="127" />
      <source>Unpaid work is {low} to {high} hours.</source>
      <translation>Mae gwaith di-dâl rhwng {low} a {high} awr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="130" />
      <source>Unpaid work needs the child to be 16 or 17 when convicted (this child was {age_when_convicted}).</source>
      <translation>Mae gwaith di-dâl angen i'r plentyn fod yn 16 neu 17 oed pan gafwyd yn euog (roedd y plentyn hwn yn {age_when_convicted}).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="135" />
      <source>An activity requirement is at most {activity_max_days} days.</source>
      <translation>Mae gofyniad gweithgaredd yn {activity_max_days} diwrnod ar y mwyaf.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="138" />
      <source>An activity requirement is counted in whole days.</source>
      <translation>Mae gofyniad gweithgaredd yn cael ei gyfrif mewn diwrnodau cyfan.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="141" />
      <source>A reparation order is delivered as reparation hours.</source>
      <translation>Mae gorchymyn gwneud iawn yn cael ei gyflawni fel oriau gwneud iawn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="144" />
      <source>A reparation order is at most {reparation_order_max_hours} hours.</source>
      <translation>Mae gorchymyn gwneud iawn yn {reparation_order_max_hours} awr ar y mwyaf.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="150" />
      <source>A reparation order is completed within 3 months: by {latest} at the latest.</source>
      <translation>Caiff gorchymyn gwneud iawn ei gwblhau o fewn 3 mis: erbyn {latest} fan bellaf.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="153" />
      <source>Reparation to a specific person needs that person's consent.</source>
      <translation>Mae gwneud iawn i berson penodol angen caniatâd y person hwnnw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="166" />
      <source>Credit cannot be negative.</source>
      <translation>Ni all credyd fod yn negyddol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="168" />
      <source>An absent child is credited nothing.</source>
      <translation>Ni roddir credyd i blentyn absennol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="171" />
      <source>An activity requirement credits one day per session.</source>
      <translation>Mae gofyniad gweithgaredd yn credydu un diwrnod fesul sesiwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="173" />
      <source>At most the session's length ({session_length:g} h).</source>
      <translation>Hyd y sesiwn ar y mwyaf ({session_length:g} awr).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="175" />
      <source>Only {remaining:g} {unit} remain on this placement.</source>
      <translation>Dim ond {remaining:g} {unit} sydd ar ôl ar y lleoliad hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="182" />
      <source>The project has no health-and-safety risk assessment. Record one before booking sessions.</source>
      <translation>Nid oes gan y prosiect asesiad risg iechyd a diogelwch. Cofnodwch un cyn trefnu sesiynau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/reparation.py" line="185" />
      <source>The project's health-and-safety risk assessment expired on {review_on}. Renew it before booking sessions.</source>
      <translation>Daeth asesiad risg iechyd a diogelwch y prosiect i ben ar {review_on}. Adnewyddwch ef cyn trefnu sesiynau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Assessing</source>
      <translation>Wrthi'n asesu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Preparing</source>
      <translation>Wrthi'n paratoi</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Follow-up</source>
      <translation>Dilyniant</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Withdrawn</source>
      <translation>Wedi'i dynnu'n ôl</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Not suitable</source>
      <translation>Ddim yn addas</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Views or impact relayed to the child</source>
      <translation>Barn neu effaith wedi'i chyfleu i'r plentyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Questions and answers</source>
      <translation>Cwestiynau ac atebion</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Letter of apology or explanation</source>
      <translation>Llythyr ymddiheuro neu egluro</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Shuttle exchange</source>
      <translation>Cyfnewid gwennol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Face-to-face conference</source>
      <translation>Cynhadledd wyneb yn wyneb</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Family group conference</source>
      <translation>Cynhadledd grŵp teulu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Victim attending the panel</source>
      <translation>Dioddefwr yn mynychu'r panel</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="0" />
      <source>Direct reparation</source>
      <translation>Gwneud iawn uniongyrchol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="121" />
      <source>The process is {current}; it cannot move any more.</source>
      <translation>Mae'r broses {current}; ni all symud ymhellach.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="125" />
      <source>The process is already {current}.</source>
      <translation>Mae'r broses eisoes {current}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="129" />
      <source>A process moves one stage at a time: from {current} the next stage is {value}, not {target}.</source>
      <translation>Mae proses yn symud un cam ar y tro: o {current} y cam nesaf yw {value}, nid {target}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="136" />
      <source>Both the victim and the child must be assessed as suitable before preparation.</source>
      <translation>Rhaid asesu bod y dioddefwr a'r plentyn yn addas cyn paratoi.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="138" />
      <source>This is a sensitive offence: a manager must sign off the assessment before preparation.</source>
      <translation>Trosedd sensitif yw hon: rhaid i reolwr lofnodi'r asesiad cyn paratoi.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="140" />
      <source>Record at least one restorative activity before follow-up.</source>
      <translation>Cofnodwch o leiaf un gweithgaredd adferol cyn y dilyniant.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/rules/rj.py" line="161" />
      <source>Add the {missing_roles} as participants first.</source>
      <translation>Ychwanegwch {missing_roles} fel cyfranogwyr yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/audit_log.py" line="53" />
      <source>The period ends before it starts.</source>
      <translation>Mae'r cyfnod yn gorffen cyn iddo ddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/audit_log.py" line="53" />
      <source>On or after the start.</source>
      <translation>Ar neu ar ôl y dechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/backups.py" line="56" />
      <source>There is no backup called {backup_name} beside this store.</source>
      <translation>Nid oes copi wrth gefn o'r enw {backup_name} wrth ymyl y storfa hon.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/board_pack.py" line="342" />
      <source>Commentary is at most {commentary_limit} characters per table.</source>
      <translation>Mae sylwebaeth yn {commentary_limit} nod ar y mwyaf fesul tabl.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="0" />
      <source>Pre-sentence report</source>
      <translation>Adroddiad cyn dedfrydu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="0" />
      <source>Panel report</source>
      <translation>Adroddiad panel</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="60" />
      <source>This child is not on your caseload.</source>
      <translation>Nid yw'r plentyn hwn ar eich llwyth achosion.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="132" />
      <source>The day it was relayed cannot be in the future.</source>
      <translation>Ni all y diwrnod y cafodd ei gyfleu fod yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="132" />
      <source>Not in the future.</source>
      <translation>Nid yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="136" />
      <source>No such shared views.</source>
      <translation>Dim barn a rannwyd o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="142" />
      <source>The victim has not agreed to their views being shared with the child.</source>
      <translation>Nid yw'r dioddefwr wedi cytuno i'w farn gael ei rhannu â'r plentyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="145" />
      <source>The views cannot be relayed before they were recorded.</source>
      <translation>Ni ellir cyfleu'r farn cyn iddi gael ei chofnodi.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="145" />
      <source>Too early.</source>
      <translation>Yn rhy gynnar.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="172" />
      <source>Choose the report: pre-sentence or panel.</source>
      <translation>Dewiswch yr adroddiad: cyn dedfrydu neu banel.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/case_manager.py" line="172" />
      <source>Unknown report.</source>
      <translation>Adroddiad anhysbys.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="35" />
      <source>No such active worker in this service.</source>
      <translation>Dim gweithiwr gweithredol o'r fath yn y gwasanaeth hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="37" />
      <source>That person does not work victims' cases (VLO, RJ coordinator or manager).</source>
      <translation>Nid yw'r person hwnnw'n gweithio ar achosion dioddefwyr (SCD, cydlynydd CA neu reolwr).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="63" />
      <source>Only a manager can allocate or reassign a victim's case.</source>
      <translation>Dim ond rheolwr all ddyrannu neu ailddyrannu achos dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="90" />
      <source>Cover ends before it starts.</source>
      <translation>Mae'r cyflenwi'n gorffen cyn iddo ddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="92" />
      <source>Someone cannot cover for themselves.</source>
      <translation>Ni all rhywun gyflenwi drosto'i hun.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="92" />
      <source>Choose a colleague.</source>
      <translation>Dewiswch gydweithiwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="152" />
      <source>Give the document a title.</source>
      <translation>Rhowch deitl i'r ddogfen.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="154" />
      <source>The file is empty.</source>
      <translation>Mae'r ffeil yn wag.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="154" />
      <source>Empty file.</source>
      <translation>Ffeil wag.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="156" />
      <source>Documents are limited to 20 MB.</source>
      <translation>Mae dogfennau wedi'u cyfyngu i 20 MB.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="156" />
      <source>Larger than 20 MB.</source>
      <translation>Yn fwy na 20 MB.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="253" />
      <source>Name the parent or carer and how they are related.</source>
      <translation>Enwch y rhiant neu'r gofalwr a sut maen nhw'n perthyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="306" />
      <source>Give the reason.</source>
      <translation>Rhowch y rheswm.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/caseload.py" line="313" />
      <source>This victim is not linked to that offence.</source>
      <translation>Nid yw'r dioddefwr hwn wedi'i gysylltu â'r drosedd honno.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="62" />
      <source>The case reference and the child's names are required.</source>
      <translation>Mae angen cyfeirnod yr achos ac enwau'r plentyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="67" />
      <source>A child with that case reference exists.</source>
      <translation>Mae plentyn â'r cyfeirnod achos hwnnw'n bodoli.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="67" />
      <source>Already in use.</source>
      <translation>Eisoes yn cael ei ddefnyddio.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="120" />
      <source>Unknown disposal.</source>
      <translation>Gwarediad anhysbys.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="120" />
      <source>Choose a disposal.</source>
      <translation>Dewiswch warediad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="127" />
      <source>Those offences are not all this child's.</source>
      <translation>Nid troseddau'r plentyn hwn yw'r holl droseddau hynny.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="145" />
      <source>No such order.</source>
      <translation>Dim gorchymyn o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="170" />
      <source>The decision date has passed.</source>
      <translation>Mae dyddiad y penderfyniad wedi mynd heibio.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="170" />
      <source>A date still to come.</source>
      <translation>Dyddiad sydd eto i ddod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="209" />
      <source>Unknown case event.</source>
      <translation>Digwyddiad achos anhysbys.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="209" />
      <source>Order made, review, breach or completion.</source>
      <translation>Gwnaed y gorchymyn, adolygiad, torri amodau neu gwblhau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="213" />
      <source>That event is already recorded for this order on that day.</source>
      <translation>Mae'r digwyddiad hwnnw eisoes wedi'i gofnodi ar gyfer y gorchymyn hwn ar y diwrnod hwnnw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="293" />
      <source>Only a custodial order has a custodial sentence.</source>
      <translation>Dim ond gorchymyn carcharol sydd â dedfryd garcharol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="397" />
      <source>The child's names are required.</source>
      <translation>Mae angen enwau'r plentyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="401" />
      <source>Someone else changed this child's record; it has been reloaded.</source>
      <translation>Newidiodd rhywun arall gofnod y plentyn hwn; mae wedi'i ail-lwytho.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="405" />
      <source>Choose a case manager of this service.</source>
      <translation>Dewiswch reolwr achos o'r gwasanaeth hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/cases.py" line="405" />
      <source>Unknown.</source>
      <translation>Anhysbys.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/consent.py" line="54" />
      <source>Given, refused or withdrawn.</source>
      <translation>Wedi'i roi, wedi'i wrthod neu wedi'i dynnu'n ôl.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/consent.py" line="56" />
      <source>Written, verbal or electronic.</source>
      <translation>Ysgrifenedig, llafar neu electronig.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/consent.py" line="58" />
      <source>The victim, a parent or carer, or the police referral.</source>
      <translation>Y dioddefwr, rhiant neu ofalwr, neu atgyfeiriad yr heddlu.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/consent.py" line="62" />
      <source>Name the parent or carer.</source>
      <translation>Enwch y rhiant neu'r gofalwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/consent.py" line="64" />
      <source>The consent decision was not recorded.</source>
      <translation>Ni chofnodwyd y penderfyniad caniatâd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>Spoke to the victim</source>
      <translation>Siaradwyd â'r dioddefwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>Spoke to the parent or carer</source>
      <translation>Siaradwyd â'r rhiant neu'r gofalwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>Met in person</source>
      <translation>Cyfarfod wyneb yn wyneb</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>Left a message</source>
      <translation>Gadawyd neges</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>No answer</source>
      <translation>Dim ateb</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>Letter sent</source>
      <translation>Anfonwyd llythyr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>Email sent</source>
      <translation>Anfonwyd e-bost</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="0" />
      <source>Wrong contact details</source>
      <translation>Manylion cyswllt anghywir</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="83" />
      <source>Choose how the contact was made.</source>
      <translation>Dewiswch sut y gwnaed y cyswllt.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="85" />
      <source>Choose what happened.</source>
      <translation>Dewiswch beth ddigwyddodd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="89" />
      <source>The contact was not recorded.</source>
      <translation>Ni chofnodwyd y cyswllt.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="191" />
      <source>A request is for support or for progress updates.</source>
      <translation>Mae cais am gymorth neu am ddiweddariadau ar y cynnydd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="191" />
      <source>Support or progress.</source>
      <translation>Cymorth neu gynnydd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="259" />
      <source>Record the victim's views, the impact or their wishes.</source>
      <translation>Cofnodwch farn y dioddefwr, yr effaith neu ei ddymuniadau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/contacts.py" line="316" />
      <source>Summarise the complaint.</source>
      <translation>Crynhowch y gŵyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/context.py" line="50" />
      <source>Your roles do not allow this ({p}). Ask a manager if you need it.</source>
      <translation>Nid yw eich rolau'n caniatáu hyn ({p}). Gofynnwch i reolwr os oes ei angen arnoch.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Probation Service</source>
      <translation>Y Gwasanaeth Prawf</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Court</source>
      <translation>Llys</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Referral order / out-of-court panel</source>
      <translation>Panel gorchymyn atgyfeirio / y tu allan i'r llys</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Case management system export</source>
      <translation>Allforyn o'r system rheoli achosion</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Another youth justice service</source>
      <translation>Gwasanaeth cyfiawnder ieuenctid arall</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Victim support service</source>
      <translation>Gwasanaeth cymorth i ddioddefwyr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Other</source>
      <translation>Arall</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Public task — UK GDPR 6(1)(e), Crime and Disorder Act 1998 s.39</source>
      <translation>Tasg gyhoeddus — GDPR y DU 6(1)(e), Deddf Trosedd ac Anhrefn 1998 a.39</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Legal obligation — UK GDPR 6(1)(c)</source>
      <translation>Rhwymedigaeth gyfreithiol — GDPR y DU 6(1)(c)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Consent of the victim — UK GDPR 6(1)(a)</source>
      <translation>Caniatâd y dioddefwr — GDPR y DU 6(1)(a)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Prevention or detection of crime — DPA 2018 Sch. 2 para 2</source>
      <translation>Atal neu ganfod trosedd — DDD 2018 Atod. 2 para 2</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="0" />
      <source>Court order</source>
      <translation>Gorchymyn llys</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="78" />
      <source>Choose who received it.</source>
      <translation>Dewiswch pwy a'i derbyniodd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="85" />
      <source>A disclosure is about a victim or a child's case.</source>
      <translation>Mae datgeliad yn ymwneud â dioddefwr neu ag achos plentyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="87" />
      <source>The disclosure was not recorded.</source>
      <translation>Ni chofnodwyd y datgeliad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/disclosures.py" line="135" />
      <source>The report's end is before its start.</source>
      <translation>Mae diwedd yr adroddiad cyn ei ddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="99" />
      <source>No duty rule {code} is in force on {on}.</source>
      <translation>Nid oes rheol dyletswydd {code} mewn grym ar {on}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="464" />
      <source>No such duty.</source>
      <translation>Dim dyletswydd o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="466" />
      <source>Someone else updated this duty after you opened it. Reload to see it.</source>
      <translation>Diweddarodd rhywun arall y ddyletswydd hon ar ôl i chi ei hagor. Ail-lwythwch i'w gweld.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="468" />
      <source>This duty is already closed.</source>
      <translation>Mae'r ddyletswydd hon eisoes wedi'i chau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="475" />
      <source>A duty cannot be met in the future.</source>
      <translation>Ni ellir cyflawni dyletswydd yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="475" />
      <source>Today or earlier.</source>
      <translation>Heddiw neu'n gynharach.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="488" />
      <source>Say what the safety reason is.</source>
      <translation>Dywedwch beth yw'r rheswm diogelwch.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="490" />
      <source>The review date must be in the future.</source>
      <translation>Rhaid i'r dyddiad adolygu fod yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="492" />
      <source>The duty was not deferred.</source>
      <translation>Ni ohiriwyd y ddyletswydd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="514" />
      <source>Only a deferred duty can be resumed.</source>
      <translation>Dim ond dyletswydd wedi'i gohirio y gellir ei hailddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="526" />
      <source>A duty can be waived or marked not applicable here.</source>
      <translation>Gellir hepgor dyletswydd neu ei nodi'n amherthnasol yma.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="581" />
      <source>Say why the rule changes.</source>
      <translation>Dywedwch pam mae'r rheol yn newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="587" />
      <source>From 1 to 60 working days, or none.</source>
      <translation>O 1 i 60 diwrnod gwaith, neu ddim.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="589" />
      <source>The change was not proposed.</source>
      <translation>Ni chynigiwyd y newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="636" />
      <source>No such proposed rule change.</source>
      <translation>Dim newid i reol wedi'i gynnig o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="638" />
      <source>This change has already been decided.</source>
      <translation>Mae'r newid hwn eisoes wedi'i benderfynu.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/duties.py" line="640" />
      <source>A second manager must approve a change you proposed.</source>
      <translation>Rhaid i ail reolwr gymeradwyo newid a gynigiwyd gennych.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="100" />
      <source>Choose two different victim records.</source>
      <translation>Dewiswch ddau gofnod dioddefwr gwahanol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="102" />
      <source>Say why these are the same person.</source>
      <translation>Dywedwch pam mai'r un person yw'r rhain.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="110" />
      <source>{reference} was changed by someone else; look again, then merge.</source>
      <translation>Newidiodd rhywun arall {reference}; edrychwch eto, yna unwch.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="115" />
      <source>{reference} is already merged into another record.</source>
      <translation>Mae {reference} eisoes wedi'i uno â chofnod arall.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="120" />
      <source>{reference} holds records merged into it: unmerge those first, or keep it as the survivor.</source>
      <translation>Mae {reference} yn dal cofnodion wedi'u huno ag ef: dad-unwch y rheini yn gyntaf, neu cadwch ef fel yr un sy'n aros.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="189" />
      <source>Say why the merge is undone.</source>
      <translation>Dywedwch pam mae'r uno'n cael ei ddadwneud.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="193" />
      <source>No such merge.</source>
      <translation>Dim uno o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="195" />
      <source>That merge was already undone.</source>
      <translation>Dadwnaed yr uno hwnnw eisoes.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/identities.py" line="314" />
      <source>A victim cannot be linked to the child whose offence harmed them.</source>
      <translation>Ni ellir cysylltu dioddefwr â'r plentyn y gwnaeth ei drosedd ei niweidio.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/kpi10.py" line="229" />
      <source>The report's as-of date ({as_of}) is before {quarter} begins.</source>
      <translation>Mae dyddiad cyfrif yr adroddiad ({as_of}) cyn i {quarter} ddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/kpi10.py" line="390" />
      <source>Nothing was imported: {errors} row(s) cannot be read.</source>
      <translation>Ni fewnforiwyd dim: ni ellir darllen {errors} rhes.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/kpi10.py" line="406" />
      <source>Nothing was imported: row {number} gives child {child_id} the date of birth {child_dob}, the store has {date_of_birth}.</source>
      <translation>Ni fewnforiwyd dim: mae rhes {number} yn rhoi dyddiad geni {child_dob} i blentyn {child_id}, mae gan y storfa {date_of_birth}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/kpi10.py" line="634" />
      <source>The comparators were not saved.</source>
      <translation>Ni chadwyd y cymharwyr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="155" />
      <source>That is not a letter to a victim.</source>
      <translation>Nid llythyr at ddioddefwr yw hwnnw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="155" />
      <source>Choose a letter to the victim.</source>
      <translation>Dewiswch lythyr at y dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="243" />
      <source>The record does not say it is safe to write to this victim: confirm it and update the contact details first.</source>
      <translation>Nid yw'r cofnod yn dweud ei bod yn ddiogel ysgrifennu at y dioddefwr hwn: cadarnhewch hynny a diweddarwch y manylion cyswllt yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="247" />
      <source>Choose one of this victim's cases.</source>
      <translation>Dewiswch un o achosion y dioddefwr hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="252" />
      <source>No offence date is recorded for this case: add it to the case before writing.</source>
      <translation>Nid oes dyddiad trosedd wedi'i gofnodi ar gyfer yr achos hwn: ychwanegwch ef at yr achos cyn ysgrifennu.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="254" />
      <source>The letter was not written.</source>
      <translation>Ni ysgrifennwyd y llythyr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="305" />
      <source>The letter was not recorded.</source>
      <translation>Ni chofnodwyd y llythyr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="370" />
      <source>The completion letter comes when the placement is completed.</source>
      <translation>Daw'r llythyr cwblhau pan fydd y lleoliad wedi'i gwblhau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/letters.py" line="471" />
      <source>The letter was not written: the child and their family read it, and it would identify a victim of the child's offences ({found}).</source>
      <translation>Ni ysgrifennwyd y llythyr: mae'r plentyn a'i deulu'n ei ddarllen, a byddai'n adnabod dioddefwr troseddau'r plentyn ({found}).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="0" />
      <source>Scheduled</source>
      <translation>Wedi'i drefnu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="0" />
      <source>Held</source>
      <translation>Wedi'i gynnal</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="0" />
      <source>Cancelled</source>
      <translation>Wedi'i ganslo</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="90" />
      <source>A panel is scheduled for a day still to come.</source>
      <translation>Trefnir panel ar gyfer diwrnod sydd eto i ddod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="94" />
      <source>That order has ended; a panel cannot be scheduled for it.</source>
      <translation>Mae'r gorchymyn hwnnw wedi dod i ben; ni ellir trefnu panel ar ei gyfer.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="136" />
      <source>No such panel.</source>
      <translation>Dim panel o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="139" />
      <source>Someone else changed this panel; it has been reloaded — check it and try again.</source>
      <translation>Newidiodd rhywun arall y panel hwn; mae wedi'i ail-lwytho — gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="150" />
      <source>Move the panel to a day still to come.</source>
      <translation>Symudwch y panel i ddiwrnod sydd eto i ddod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="155" />
      <source>This panel is {status}; only a scheduled panel can be moved.</source>
      <translation>Mae'r panel hwn {status}; dim ond panel wedi'i drefnu y gellir ei symud.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="175" />
      <source>Say why the panel is cancelled.</source>
      <translation>Dywedwch pam mae'r panel wedi'i ganslo.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="180" />
      <source>This panel is {status}; only a scheduled panel can be cancelled.</source>
      <translation>Mae'r panel hwn {status}; dim ond panel wedi'i drefnu y gellir ei ganslo.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="202" />
      <source>A victim who was not invited cannot have attended.</source>
      <translation>Ni all dioddefwr na chafodd ei wahodd fod wedi mynychu.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="202" />
      <source>Check 'invited'.</source>
      <translation>Ticiwch 'wedi'i wahodd'.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="207" />
      <source>The panel has not happened yet; record its outcome on or after the day.</source>
      <translation>Nid yw'r panel wedi digwydd eto; cofnodwch ei ganlyniad ar y diwrnod neu wedyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="209" />
      <source>This panel was cancelled.</source>
      <translation>Cafodd y panel hwn ei ganslo.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/panels.py" line="236" />
      <source>The diary's end is before its start.</source>
      <translation>Mae diwedd y dyddiadur cyn ei ddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="57" />
      <source>Consented, did not object, or objected.</source>
      <translation>Cydsyniodd, ni wrthwynebodd, neu gwrthwynebodd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="59" />
      <source>The referral cannot be received in the future.</source>
      <translation>Ni ellir derbyn yr atgyfeiriad yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="61" />
      <source>Requested after it was received?</source>
      <translation>Wedi gofyn amdano ar ôl ei dderbyn?</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="63" />
      <source>Link the referral to at least one of the child's offences.</source>
      <translation>Cysylltwch yr atgyfeiriad ag o leiaf un o droseddau'r plentyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="65" />
      <source>Choose an existing victim or enter a new one.</source>
      <translation>Dewiswch ddioddefwr sy'n bodoli neu rhowch un newydd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="67" />
      <source>Not a Victims' Code enhanced-rights category.</source>
      <translation>Nid yw'n gategori hawliau uwch yn y Cod Dioddefwyr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="69" />
      <source>Say why the victim has enhanced rights.</source>
      <translation>Dywedwch pam mae gan y dioddefwr hawliau uwch.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="71" />
      <source>The referral could not be saved.</source>
      <translation>Nid oedd modd cadw'r atgyfeiriad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="99" />
      <source>Not this child's.</source>
      <translation>Nid un y plentyn hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="165" />
      <source>Record who was consulted and what was decided.</source>
      <translation>Cofnodwch pwy a ymgynghorwyd a beth a benderfynwyd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="167" />
      <source>When contact is not yet safe, set a review date after the decision.</source>
      <translation>Pan nad yw cyswllt yn ddiogel eto, gosodwch ddyddiad adolygu ar ôl y penderfyniad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="171" />
      <source>The triage was not recorded.</source>
      <translation>Ni chofnodwyd y brysbennu.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="176" />
      <source>This victim has no open priority triage.</source>
      <translation>Nid oes gan y dioddefwr hwn frysbennu blaenoriaeth agored.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="207" />
      <source>Not an enhanced-rights category.</source>
      <translation>Nid yw'n gategori hawliau uwch.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="207" />
      <source>Choose from the list.</source>
      <translation>Dewiswch o'r rhestr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/referrals.py" line="209" />
      <source>Give the reason for the assessment.</source>
      <translation>Rhowch y rheswm dros yr asesiad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="100" />
      <source>Give the project a name.</source>
      <translation>Rhowch enw i'r prosiect.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="102" />
      <source>In person, online or remote.</source>
      <translation>Wyneb yn wyneb, ar-lein neu o bell.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="104" />
      <source>In development, active or closed.</source>
      <translation>Wrthi'n cael ei ddatblygu, gweithredol neu ar gau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="106" />
      <source>Between 1 and 30 children per session.</source>
      <translation>Rhwng 1 a 30 o blant fesul sesiwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="156" />
      <source>No such project.</source>
      <translation>Dim prosiect o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="158" />
      <source>Someone else changed this project. Reopen it to see their change.</source>
      <translation>Newidiodd rhywun arall y prosiect hwn. Ailagorwch ef i weld eu newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="166" />
      <source>The project was not saved.</source>
      <translation>Ni chadwyd y prosiect.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="195" />
      <source>The review date must come after the assessment.</source>
      <translation>Rhaid i'r dyddiad adolygu ddod ar ôl yr asesiad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="195" />
      <source>After the assessment.</source>
      <translation>Ar ôl yr asesiad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="347" />
      <source>No such placement.</source>
      <translation>Dim lleoliad o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="378" />
      <source>This project is closed.</source>
      <translation>Mae'r prosiect hwn ar gau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="385" />
      <source>The placement was not made: {problems}</source>
      <translation>Ni wnaed y lleoliad: {problems}</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="440" />
      <source>Say why the placement ends.</source>
      <translation>Dywedwch pam mae'r lleoliad yn dod i ben.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="444" />
      <source>Someone else changed this placement. Reopen it to see their change.</source>
      <translation>Newidiodd rhywun arall y lleoliad hwn. Ailagorwch ef i weld eu newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="446" />
      <source>Only an active placement can be ended.</source>
      <translation>Dim ond lleoliad gweithredol y gellir dod ag ef i ben.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="514" />
      <source>No such session.</source>
      <translation>Dim sesiwn o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="516" />
      <source>Someone else changed this session. Reopen it to see their change.</source>
      <translation>Newidiodd rhywun arall y sesiwn hon. Ailagorwch hi i weld eu newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="595" />
      <source>{name} is not placed on {name2}.</source>
      <translation>Nid yw {name} wedi'i leoli ar {name2}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="596" />
      <source>Another project.</source>
      <translation>Prosiect arall.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="599" />
      <source>Not active.</source>
      <translation>Ddim yn weithredol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="599" />
      <source>{name}'s placement is not active.</source>
      <translation>Nid yw lleoliad {name} yn weithredol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="607" />
      <source>Already booked.</source>
      <translation>Wedi'i drefnu eisoes.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="607" />
      <source>{name} is already expected at this session.</source>
      <translation>Mae disgwyl i {name} fod yn y sesiwn hon eisoes.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="615" />
      <source>{name} takes {capacity} children per session; this one is full.</source>
      <translation>Mae {name} yn cymryd {capacity} o blant fesul sesiwn; mae'r un hon yn llawn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="619" />
      <source>Over capacity.</source>
      <translation>Dros y capasiti.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="643" />
      <source>The session must end after it starts.</source>
      <translation>Rhaid i'r sesiwn orffen ar ôl iddi ddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="643" />
      <source>After the start.</source>
      <translation>Ar ôl y dechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="647" />
      <source>{name} is not active.</source>
      <translation>Nid yw {name} yn weithredol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="650" />
      <source>Risk assessment out of date.</source>
      <translation>Asesiad risg wedi dyddio.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="681" />
      <source>This session is signed off.</source>
      <translation>Mae'r sesiwn hon wedi'i llofnodi.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="724" />
      <source>Attended, late, left early or absent.</source>
      <translation>Mynychodd, hwyr, gadael yn gynnar neu absennol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="782" />
      <source>This session is signed off: correct a mark instead, saying why.</source>
      <translation>Mae'r sesiwn hon wedi'i llofnodi: cywirwch farc yn lle hynny, gan ddweud pam.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="793" />
      <source>That child is not expected at this session.</source>
      <translation>Nid oes disgwyl i'r plentyn hwnnw fod yn y sesiwn hon.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="798" />
      <source>Nothing was saved: {problems}</source>
      <translation>Ni chadwyd dim: {problems}</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="823" />
      <source>This session is already signed off.</source>
      <translation>Mae'r sesiwn hon eisoes wedi'i llofnodi.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="827" />
      <source>Mark every child before signing off (not yet: {unmarked}).</source>
      <translation>Marciwch bob plentyn cyn llofnodi (ddim eto: {unmarked}).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="839" />
      <source>Say why the signed-off mark is corrected.</source>
      <translation>Dywedwch pam mae'r marc wedi'i lofnodi yn cael ei gywiro.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="843" />
      <source>No such mark.</source>
      <translation>Dim marc o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="846" />
      <source>Someone else changed this mark. Reopen the session to see their change.</source>
      <translation>Newidiodd rhywun arall y marc hwn. Ailagorwch y sesiwn i weld eu newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="848" />
      <source>The session is not signed off yet: change the mark in the grid.</source>
      <translation>Nid yw'r sesiwn wedi'i llofnodi eto: newidiwch y marc yn y grid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="969" />
      <source>Only the child's case manager (or a manager) decides on this absence.</source>
      <translation>Dim ond rheolwr achos y plentyn (neu reolwr) sy'n penderfynu ar yr absenoldeb hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="999" />
      <source>No such absence.</source>
      <translation>Dim absenoldeb o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="1005" />
      <source>Someone else decided on this absence. Reopen the queue to see their decision.</source>
      <translation>Penderfynodd rhywun arall ar yr absenoldeb hwn. Ailagorwch y ciw i weld eu penderfyniad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="1010" />
      <source>A {disposal_type} is voluntary: no warnings.</source>
      <translation>Mae {disposal_type} yn wirfoddol: dim rhybuddion.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="1013" />
      <source>Voluntary.</source>
      <translation>Gwirfoddol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="1017" />
      <source>An acceptable absence gets no warning.</source>
      <translation>Nid yw absenoldeb derbyniol yn cael rhybudd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="1017" />
      <source>Not for an acceptable absence.</source>
      <translation>Nid ar gyfer absenoldeb derbyniol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reparation.py" line="1146" />
      <source>{child_name} has {remaining:g} {unit} still to do: the certificate comes on completion.</source>
      <translation>Mae gan {child_name} {remaining:g} {unit} i'w wneud o hyd: daw'r dystysgrif ar ôl cwblhau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Children with an order or intervention in force in the period</source>
      <translation>Plant â gorchymyn neu ymyriad mewn grym yn y cyfnod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Their offences dealt with by those orders</source>
      <translation>Eu troseddau yr ymdriniwyd â nhw gan y gorchmynion hynny</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Offences with an identified victim</source>
      <translation>Troseddau â dioddefwr a nodwyd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Victims of those offences (one victim of two children is one victim)</source>
      <translation>Dioddefwyr y troseddau hynny (un dioddefwr dau blentyn yw un dioddefwr)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Police referrals received in the period</source>
      <translation>Atgyfeiriadau'r heddlu a dderbyniwyd yn y cyfnod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Victims who gave consent to YJS contact (on or before the period's end)</source>
      <translation>Dioddefwyr a roddodd ganiatâd i gyswllt gan y GCI (ar neu cyn diwedd y cyfnod)</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Victims contacted in the period</source>
      <translation>Dioddefwyr y cysylltwyd â nhw yn y cyfnod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Victims whose views were recorded in the period</source>
      <translation>Dioddefwyr y cofnodwyd eu barn yn y cyfnod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Victims engaged in restorative justice during the period</source>
      <translation>Dioddefwyr a ymgysylltodd â chyfiawnder adferol yn ystod y cyfnod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/reports.py" line="0" />
      <source>Restorative conferences held in the period</source>
      <translation>Cynadleddau adferol a gynhaliwyd yn y cyfnod</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/retention.py" line="77" />
      <source>Choose between 1 and {max_years} years.</source>
      <translation>Dewiswch rhwng 1 a {max_years} mlynedd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/retention.py" line="78" />
      <source>1 to {max_years} years.</source>
      <translation>1 i {max_years} mlynedd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/retention.py" line="217" />
      <source>Say why the record is kept.</source>
      <translation>Dywedwch pam mae'r cofnod yn cael ei gadw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/retention.py" line="219" />
      <source>Keep it until a date after today.</source>
      <translation>Cadwch ef tan ddyddiad ar ôl heddiw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/retention.py" line="219" />
      <source>A future date.</source>
      <translation>Dyddiad yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/retention.py" line="337" />
      <source>This record is not due for destruction: an order linked to it is still running.</source>
      <translation>Nid yw'r cofnod hwn i'w ddinistrio: mae gorchymyn sy'n gysylltiedig ag ef yn dal i redeg.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/retention.py" line="341" />
      <source>This record is not due for destruction: its review date is {review_date} or a review decided to keep it.</source>
      <translation>Nid yw'r cofnod hwn i'w ddinistrio: ei ddyddiad adolygu yw {review_date} neu penderfynodd adolygiad ei gadw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Offer RJ to the victim</source>
      <translation>Cynnig CA i'r dioddefwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>RJ not offered</source>
      <translation>Ni chynigiwyd CA</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>More information needed</source>
      <translation>Angen rhagor o wybodaeth</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Indirect</source>
      <translation>Anuniongyrchol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Direct</source>
      <translation>Uniongyrchol</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Either</source>
      <translation>Y naill neu'r llall</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Parent or carer</source>
      <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Supporter</source>
      <translation>Cefnogwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Interpreter</source>
      <translation>Cyfieithydd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Apology</source>
      <translation>Ymddiheuriad</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="0" />
      <source>Restitution</source>
      <translation>Adfer eiddo</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="270" />
      <source>Choose the outcome.</source>
      <translation>Dewiswch y canlyniad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="272" />
      <source>Indirect, direct or either.</source>
      <translation>Anuniongyrchol, uniongyrchol neu'r naill neu'r llall.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="274" />
      <source>Give the reasons.</source>
      <translation>Rhowch y rhesymau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="278" />
      <source>The screening was not recorded.</source>
      <translation>Ni chofnodwyd y sgrinio.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="334" />
      <source>No such RJ process.</source>
      <translation>Dim proses CA o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="336" />
      <source>Someone else changed this RJ process; it has been reloaded — check and try again.</source>
      <translation>Newidiodd rhywun arall y broses CA hon; mae wedi'i hail-lwytho — gwiriwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="375" />
      <source>Unknown kind of sensitive offence.</source>
      <translation>Math anhysbys o drosedd sensitif.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="380" />
      <source>This victim is not a victim of this child's offences.</source>
      <translation>Nid yw'r dioddefwr hwn yn ddioddefwr troseddau'r plentyn hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="384" />
      <source>There is already an RJ process for this child and victim.</source>
      <translation>Mae proses CA eisoes ar gyfer y plentyn a'r dioddefwr hwn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="503" />
      <source>Assess the victim or the child.</source>
      <translation>Aseswch y dioddefwr neu'r plentyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="503" />
      <source>Victim or child.</source>
      <translation>Dioddefwr neu blentyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="506" />
      <source>A child who does not acknowledge the basic facts cannot be assessed as suitable.</source>
      <translation>Ni ellir asesu bod plentyn nad yw'n cydnabod y ffeithiau sylfaenol yn addas.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="507" />
      <source>Required for a suitable child.</source>
      <translation>Yn ofynnol ar gyfer plentyn addas.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="547" />
      <source>Only a sensitive case needs a manager's sign-off.</source>
      <translation>Dim ond achos sensitif sydd angen llofnod rheolwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="549" />
      <source>Both parties must be assessed as suitable before the sign-off.</source>
      <translation>Rhaid asesu bod y ddau barti'n addas cyn y llofnod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="564" />
      <source>Choose the participant's role.</source>
      <translation>Dewiswch rôl y cyfranogwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="566" />
      <source>Give the participant's name.</source>
      <translation>Rhowch enw'r cyfranogwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="579" />
      <source>No such participant.</source>
      <translation>Dim cyfranogwr o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="596" />
      <source>Verbal, written or electronic.</source>
      <translation>Llafar, ysgrifenedig neu electronig.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="602" />
      <source>The consent was not recorded.</source>
      <translation>Ni chofnodwyd y caniatâd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="724" />
      <source>Activities are recorded while preparing or active; this process is {stage}.</source>
      <translation>Cofnodir gweithgareddau wrth baratoi neu pan fydd yn weithredol; mae'r broses hon {stage}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="728" />
      <source>The process is paused — {paused_reason}.</source>
      <translation>Mae'r broses wedi'i hoedi — {paused_reason}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="749" />
      <source>Record an activity once it has happened.</source>
      <translation>Cofnodwch weithgaredd unwaith y bydd wedi digwydd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="784" />
      <source>No such letter.</source>
      <translation>Dim llythyr o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="794" />
      <source>This letter is already {letter_status}.</source>
      <translation>Mae'r llythyr hwn eisoes {letter_status}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="796" />
      <source>A letter is vetted by someone other than the person who recorded it.</source>
      <translation>Caiff llythyr ei wirio gan rywun heblaw'r person a'i cofnododd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="810" />
      <source>A letter is delivered only after it has been vetted and approved.</source>
      <translation>Dim ond ar ôl ei wirio a'i gymeradwyo y caiff llythyr ei gyflwyno.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="870" />
      <source>Only conferences are booked here.</source>
      <translation>Dim ond cynadleddau sy'n cael eu trefnu yma.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="877" />
      <source>At least one facilitator.</source>
      <translation>O leiaf un hwylusydd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="879" />
      <source>The conference was not booked.</source>
      <translation>Ni threfnwyd y gynhadledd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="900" />
      <source>{venue} is already booked from {starts_at} to {ends_at} that day.</source>
      <translation>Mae {venue} eisoes wedi'i drefnu o {starts_at} i {ends_at} y diwrnod hwnnw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="905" />
      <source>Double-booked.</source>
      <translation>Wedi'i drefnu ddwywaith.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="913" />
      <source>{names} already facilitates another conference at that time.</source>
      <translation>Mae {names} eisoes yn hwyluso cynhadledd arall ar yr amser hwnnw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="962" />
      <source>This conference is {status}; only a booked one can be moved.</source>
      <translation>Mae'r gynhadledd hon {status}; dim ond un wedi'i threfnu y gellir ei symud.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="990" />
      <source>This conference is {status}.</source>
      <translation>Mae'r gynhadledd hon {status}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="992" />
      <source>Record the conference on or after its day.</source>
      <translation>Cofnodwch y gynhadledd ar ei diwrnod neu wedyn.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1023" />
      <source>No such conference.</source>
      <translation>Dim cynhadledd o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1107" />
      <source>Apology, reparation, restitution or other.</source>
      <translation>Ymddiheuriad, gwneud iawn, adfer eiddo neu arall.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1111" />
      <source>Who does it.</source>
      <translation>Pwy sy'n ei wneud.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1113" />
      <source>The agreement item was not added.</source>
      <translation>Ni ychwanegwyd yr eitem cytundeb.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1117" />
      <source>An outcome agreement follows a restorative activity.</source>
      <translation>Mae cytundeb canlyniad yn dilyn gweithgaredd adferol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1134" />
      <source>No such agreement item.</source>
      <translation>Dim eitem cytundeb o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1137" />
      <source>Someone else changed this item; it has been reloaded.</source>
      <translation>Newidiodd rhywun arall yr eitem hon; mae wedi'i hail-lwytho.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1189" />
      <source>Nothing restorative has happened yet to conclude.</source>
      <translation>Does dim byd adferol wedi digwydd eto i'w gwblhau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1209" />
      <source>Satisfaction is from 1 (very dissatisfied) to 5 (very satisfied).</source>
      <translation>Mae boddhad o 1 (anfodlon iawn) i 5 (bodlon iawn).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1250" />
      <source>The mapping was not published.</source>
      <translation>Ni chyhoeddwyd y mapio.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1414" />
      <source>Give the hours and what the CPD was.</source>
      <translation>Rhowch yr oriau a beth oedd y DPP.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1414" />
      <source>More than 0.</source>
      <translation>Mwy na 0.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/rj.py" line="1418" />
      <source>That person is not a facilitator yet.</source>
      <translation>Nid yw'r person hwnnw'n hwylusydd eto.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Intimidation</source>
      <translation>Brawychu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Contact from the child or their family</source>
      <translation>Cyswllt gan y plentyn neu ei deulu</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Shares a school with the child</source>
      <translation>Yn rhannu ysgol â'r plentyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Lives near or with the child</source>
      <translation>Yn byw yn agos at y plentyn neu gydag ef</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Non-contact with the victim</source>
      <translation>Dim cyswllt â'r dioddefwr</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Exclusion zone</source>
      <translation>Parth gwahardd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Restraining order</source>
      <translation>Gorchymyn atal</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="0" />
      <source>Licence condition</source>
      <translation>Amod trwydded</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="122" />
      <source>Choose the kind of concern.</source>
      <translation>Dewiswch y math o bryder.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="124" />
      <source>Describe the concern.</source>
      <translation>Disgrifiwch y pryder.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="128" />
      <source>The concern was not recorded.</source>
      <translation>Ni chofnodwyd y pryder.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="221" />
      <source>Choose the kind of restriction.</source>
      <translation>Dewiswch y math o gyfyngiad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="223" />
      <source>Ends before it starts.</source>
      <translation>Yn gorffen cyn iddo ddechrau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="225" />
      <source>Name the excluded areas or postcode districts, separated by commas.</source>
      <translation>Enwch yr ardaloedd neu'r ardaloedd cod post a waherddir, wedi'u gwahanu gan gomâu.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="227" />
      <source>Say which victim the child must not contact.</source>
      <translation>Dywedwch pa ddioddefwr na ddylai'r plentyn gysylltu ag ef.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="229" />
      <source>The restriction was not recorded.</source>
      <translation>Ni chofnodwyd y cyfyngiad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="260" />
      <source>Say what will be done and by whom.</source>
      <translation>Dywedwch beth fydd yn cael ei wneud a gan bwy.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="291" />
      <source>A date to come.</source>
      <translation>Dyddiad sydd i ddod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="297" />
      <source>The safety plan was removed meanwhile. Reload.</source>
      <translation>Tynnwyd y cynllun diogelwch yn y cyfamser. Ail-lwythwch.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="301" />
      <source>Someone else changed this safety plan after you opened it. Reload to see it.</source>
      <translation>Newidiodd rhywun arall y cynllun diogelwch hwn ar ôl i chi ei agor. Ail-lwythwch i'w weld.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="366" />
      <source>No such alert.</source>
      <translation>Dim rhybudd o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="413" />
      <source>Inside an exclusion zone.</source>
      <translation>O fewn parth gwahardd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="429" />
      <source>Refused: {where} is inside the child's exclusion zone ({areas}) {period}.</source>
      <translation>Gwrthodwyd: mae {where} o fewn parth gwahardd y plentyn ({areas}) {period}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="444" />
      <source>Breaks a non-contact condition.</source>
      <translation>Yn torri amod dim cyswllt.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="458" />
      <source>Refused: the child is under a {condition} condition {period}; a direct meeting would break it. Consider an indirect activity.</source>
      <translation>Gwrthodwyd: mae'r plentyn dan amod {condition} {period}; byddai cyfarfod uniongyrchol yn ei dorri. Ystyriwch weithgaredd anuniongyrchol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="468" />
      <source>from {start} to {end}</source>
      <translation>o {start} i {end}</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/safety.py" line="469" />
      <source>from {start}</source>
      <translation>o {start}</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Lock the window after this many idle minutes</source>
      <translation>Cloi'r ffenestr ar ôl y nifer hwn o funudau segur</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Wrong passwords in a row before an account locks</source>
      <translation>Cyfrineiriau anghywir yn olynol cyn i gyfrif gloi</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Minutes an account stays locked</source>
      <translation>Munudau y mae cyfrif yn aros ar glo</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Contact attempts before 'unable to contact'</source>
      <translation>Ymdrechion i gysylltu cyn 'methu cysylltu'</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Suppress counts below this in board reports</source>
      <translation>Cuddio cyfrifon o dan hyn mewn adroddiadau i'r bwrdd</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>YRO: unacceptable failures before breach proceedings</source>
      <translation>GAI: methiannau annerbyniol cyn achos torri amodau</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Referral order: unacceptable failures before referral back to court</source>
      <translation>Gorchymyn atgyfeirio: methiannau annerbyniol cyn atgyfeirio'n ôl i'r llys</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Reparation order: unacceptable failures before breach proceedings</source>
      <translation>Gorchymyn gwneud iawn: methiannau annerbyniol cyn achos torri amodau</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="0" />
      <source>Youth conditional caution: unacceptable failures before referral for prosecution</source>
      <translation>Rhybudd amodol ieuenctid: methiannau annerbyniol cyn atgyfeirio i'w erlyn</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="116" />
      <source>The logo is too large: choose an image of at most 512 KB.</source>
      <translation>Mae'r logo yn rhy fawr: dewiswch ddelwedd o 512 KB ar y mwyaf.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="116" />
      <source>Too large.</source>
      <translation>Rhy fawr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="118" />
      <source>The logo must be a PNG or JPEG image.</source>
      <translation>Rhaid i'r logo fod yn ddelwedd PNG neu JPEG.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="118" />
      <source>Not a PNG or JPEG image.</source>
      <translation>Nid yw'n ddelwedd PNG neu JPEG.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="123" />
      <source>The logo could not be read as an image. Choose another file.</source>
      <translation>Nid oedd modd darllen y logo fel delwedd. Dewiswch ffeil arall.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="123" />
      <source>Unreadable.</source>
      <translation>Annarllenadwy.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="149" />
      <source>No such service.</source>
      <translation>Dim gwasanaeth o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="169" />
      <source>Enter the service's name.</source>
      <translation>Rhowch enw'r gwasanaeth.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="173" />
      <source>Unknown setting.</source>
      <translation>Gosodiad anhysbys.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="176" />
      <source>A whole number from {minimum} to {maximum}.</source>
      <translation>Rhif cyfan o {minimum} i {maximum}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="179" />
      <source>The settings could not be saved.</source>
      <translation>Nid oedd modd cadw'r gosodiadau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="221" />
      <source>Say why the service is closed.</source>
      <translation>Dywedwch pam mae'r gwasanaeth ar gau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="227" />
      <source>That day is already a closure day.</source>
      <translation>Mae'r diwrnod hwnnw eisoes yn ddiwrnod cau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="227" />
      <source>Already listed.</source>
      <translation>Wedi'i restru eisoes.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/settings.py" line="247" />
      <source>No such closure day.</source>
      <translation>Dim diwrnod cau o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/subject_access.py" line="443" />
      <source>This export was refused: it would contain a victim's identity.</source>
      <translation>Gwrthodwyd yr allforio hwn: byddai'n cynnwys manylion adnabod dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/transfers.py" line="39" />
      <source>Name the other service.</source>
      <translation>Enwch y gwasanaeth arall.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/transfers.py" line="41" />
      <source>Say what was shared.</source>
      <translation>Dywedwch beth a rannwyd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/transfers.py" line="45" />
      <source>The transfer was not recorded.</source>
      <translation>Ni chofnodwyd y trosglwyddo.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="96" />
      <source>A password needs at least {min_password_length} characters.</source>
      <translation>Mae cyfrinair angen o leiaf {min_password_length} nod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="105" />
      <source>2–80 lower-case letters, digits, dots, dashes or underscores.</source>
      <translation>2–80 o lythrennau bach, digidau, dotiau, llinellau toriad neu danlinellau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="107" />
      <source>Enter the person's name.</source>
      <translation>Rhowch enw'r person.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="110" />
      <source>At least {min_password_length} characters.</source>
      <translation>O leiaf {min_password_length} nod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="113" />
      <source>Choose at least one role.</source>
      <translation>Dewiswch o leiaf un rôl.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="115" />
      <source>The new user could not be saved.</source>
      <translation>Nid oedd modd cadw'r defnyddiwr newydd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="131" />
      <source>2–40 letters, digits, dashes or underscores.</source>
      <translation>2–40 o lythrennau, digidau, llinellau toriad neu danlinellau.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="133" />
      <source>The service could not be created.</source>
      <translation>Nid oedd modd creu'r gwasanaeth.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="137" />
      <source>This store already has users: sign in instead.</source>
      <translation>Mae gan y storfa hon ddefnyddwyr eisoes: mewngofnodwch yn lle hynny.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="167" />
      <source>That user name is taken.</source>
      <translation>Mae'r enw defnyddiwr hwnnw wedi'i gymryd.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="191" />
      <source>This account is disabled. Ask your administrator.</source>
      <translation>Mae'r cyfrif hwn wedi'i analluogi. Gofynnwch i'ch gweinyddwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="196" />
      <source>Too many wrong passwords: this account is locked for {minutes} more minute(s), or until an administrator unlocks it.</source>
      <translation>Gormod o gyfrineiriau anghywir: mae'r cyfrif hwn ar glo am {minutes} munud arall, neu nes i weinyddwr ei ddatgloi.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="246" />
      <source>Wrong password. The account is now locked for {lock_minutes} minutes.</source>
      <translation>Cyfrinair anghywir. Mae'r cyfrif ar glo nawr am {lock_minutes} munud.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="248" />
      <source>Wrong user name or password.</source>
      <translation>Enw defnyddiwr neu gyfrinair anghywir.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="264" />
      <source>Choose a password different from the old one.</source>
      <translation>Dewiswch gyfrinair gwahanol i'r hen un.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="264" />
      <source>Same as the old password.</source>
      <translation>Yr un fath â'r hen gyfrinair.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="273" />
      <source>The current password is wrong.</source>
      <translation>Mae'r cyfrinair cyfredol yn anghywir.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="273" />
      <source>Wrong password.</source>
      <translation>Cyfrinair anghywir.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="315" />
      <source>No such user.</source>
      <translation>Dim defnyddiwr o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="322" />
      <source>Someone else changed this user after you opened it. Reload to see it.</source>
      <translation>Newidiodd rhywun arall y defnyddiwr hwn ar ôl i chi ei agor. Ail-lwythwch i'w weld.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="335" />
      <source>You cannot remove your own administrator role.</source>
      <translation>Ni allwch dynnu eich rôl gweinyddwr eich hun.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/users.py" line="363" />
      <source>You cannot disable your own account.</source>
      <translation>Ni allwch analluogi eich cyfrif eich hun.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="92" />
      <source>Choose the kind of victim.</source>
      <translation>Dewiswch y math o ddioddefwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="94" />
      <source>Enter a name (or choose 'unidentified' when the police withheld it).</source>
      <translation>Rhowch enw (neu dewiswch 'heb ei adnabod' pan ddaliodd yr heddlu ef yn ôl).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="96" />
      <source>The date of birth is in the future.</source>
      <translation>Mae'r dyddiad geni yn y dyfodol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="98" />
      <source>An organisation needs a named contact.</source>
      <translation>Mae angen cyswllt a enwir ar sefydliad.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="100" />
      <source>English, Welsh or bilingual.</source>
      <translation>Saesneg, Cymraeg neu ddwyieithog.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="102" />
      <source>Choose one of the ways of contact offered.</source>
      <translation>Dewiswch un o'r ffyrdd o gysylltu a gynigir.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="104" />
      <source>The victim could not be saved.</source>
      <translation>Nid oedd modd cadw'r dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="143" />
      <source>No such victim.</source>
      <translation>Dim dioddefwr o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="151" />
      <source>No such child.</source>
      <translation>Dim plentyn o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="194" />
      <source>No such {what}.</source>
      <translation>Dim {what} o'r fath.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="329" />
      <source>Someone else saved this victim after you opened the record. Reload to see their change.</source>
      <translation>Cadwodd rhywun arall y dioddefwr hwn ar ôl i chi agor y cofnod. Ail-lwythwch i weld eu newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="382" />
      <source>Someone else changed these contact details after you opened them. Reload to see.</source>
      <translation>Newidiodd rhywun arall y manylion cyswllt hyn ar ôl i chi eu hagor. Ail-lwythwch i'w gweld.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="473" />
      <source>No victim has that reference.</source>
      <translation>Does gan unrhyw ddioddefwr y cyfeirnod hwnnw.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/services/victims.py" line="473" />
      <source>Not found.</source>
      <translation>Heb ei ganfod.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/database.py" line="82" />
      <source>Someone else saved this record after you opened it. Reload to see their change.</source>
      <translation>Cadwodd rhywun arall y cofnod hwn ar ôl i chi ei agor. Ail-lwythwch i weld eu newid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/database.py" line="117" />
      <source>The disk could not be read or written (an I/O error): nothing was saved. Check the disk or network drive, then try again.</source>
      <translation>Nid oedd modd darllen nac ysgrifennu i'r ddisg (gwall mewnbwn/allbwn): ni chadwyd dim. Gwiriwch y ddisg neu'r gyriant rhwydwaith, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/database.py" line="276" />
      <source>There is no rjdesk store at {path}.</source>
      <translation>Nid oes storfa rjdesk yn {path}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/database.py" line="444" />
      <source>A local store URL needs a file path: sqlite:///path/to/rjdesk.db</source>
      <translation>Mae URL storfa leol angen llwybr ffeil: sqlite:///path/to/rjdesk.db</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/database.py" line="450" />
      <source>rjdesk stores are local files or PostgreSQL, not {get_backend_name}.</source>
      <translation>Ffeiliau lleol neu PostgreSQL yw storfeydd rjdesk, nid {get_backend_name}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/keys.py" line="95" />
      <source>That is not a recovery key: expected 14 groups of four letters and digits.</source>
      <translation>Nid allwedd adfer yw honno: disgwylir 14 grŵp o bedair llythyren a digid.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/keys.py" line="97" />
      <source>That recovery key has a typing mistake: its checksum does not match.</source>
      <translation>Mae camgymeriad teipio yn yr allwedd adfer honno: nid yw ei swm gwirio'n cyfateb.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/maintenance.py" line="47" />
      <source>{what} applies to the local store only; a team database is backed up by its server (pg_dump).</source>
      <translation>Mae {what} yn berthnasol i'r storfa leol yn unig; gweinydd cronfa ddata'r tîm sy'n ei hategu (pg_dump).</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/maintenance.py" line="221" />
      <source>There is no backup file at {backup}.</source>
      <translation>Nid oes ffeil copi wrth gefn yn {backup}.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/maintenance.py" line="326" />
      <source>The new key is the same as the current one.</source>
      <translation>Mae'r allwedd newydd yr un fath â'r un gyfredol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/transfer.py" line="71" />
      <source>Upgrade the source first (rjdesk-cli db upgrade): its schema is not current.</source>
      <translation>Uwchraddiwch y ffynhonnell yn gyntaf (rjdesk-cli db upgrade): nid yw ei sgema'n gyfredol.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/transfer.py" line="73" />
      <source>The target's schema is not current: run rjdesk-cli --database URL db upgrade on it.</source>
      <translation>Nid yw sgema'r targed yn gyfredol: rhedwch rjdesk-cli --database URL db upgrade arno.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/transfer.py" line="81" />
      <source>The target database is not empty: it already holds a service or an audit trail. Move into a new, empty database.</source>
      <translation>Nid yw'r gronfa ddata darged yn wag: mae eisoes yn dal gwasanaeth neu drywydd archwilio. Symudwch i gronfa ddata newydd, wag.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/transfer.py" line="95" />
      <source>The audit chain did not verify on the target (entry {first_broken_id}: {reason}); nothing was moved.</source>
      <translation>Ni wiriwyd y gadwyn archwilio ar y targed (cofnod {first_broken_id}: {reason}); ni symudwyd dim.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/transfer.py" line="103" />
      <source>The target's audit chain is not the source's; nothing was moved.</source>
      <translation>Nid cadwyn archwilio'r ffynhonnell yw cadwyn archwilio'r targed; ni symudwyd dim.</translation>
    </message>
    <message>
      <location filename="../../rjdesk/store/transfer.py" line="108" />
      <source>The table {name} did not copy whole; nothing was moved.</source>
      <translation>Ni chopïodd y tabl {name} yn gyfan; ni symudwyd dim.</translation>
    </message>
    <message>
      <location filename="../../ui/appearance.py" line="37" />
      <source>Follow the system</source>
      <translation>Dilyn y system</translation>
    </message>
    <message>
      <location filename="../../ui/appearance.py" line="38" />
      <source>Light</source>
      <translation>Golau</translation>
    </message>
    <message>
      <location filename="../../ui/appearance.py" line="39" />
      <source>Dark</source>
      <translation>Tywyll</translation>
    </message>
    <message>
      <location filename="../../ui/appearance.py" line="40" />
      <source>High contrast</source>
      <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="34" />
      <source>Not recorded</source>
      <translation>Heb ei gofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="34" />
      <source>Yes</source>
      <translation>Ie</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="34" />
      <source>No</source>
      <translation>Na</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="50" />
      <source>Schedule a panel — {case_label}</source>
      <translation>Trefnu panel — {case_label}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="54" />
      <source>Community panel members and the YJS member</source>
      <translation>Aelodau'r panel cymunedol ac aelod y GCI</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="55" />
      <source>Panel &amp;date:</source>
      <translation>&amp;Dyddiad y panel:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="56" />
      <source>&amp;Members:</source>
      <translation>&amp;Aelodau:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="58" />
      <source>Each victim of the case's offences is due a 'views before the decision' contact by this date.</source>
      <translation>Mae angen cysylltu â phob dioddefwr troseddau'r achos i ofyn am ei farn cyn y penderfyniad erbyn y dyddiad hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="72" />
      <source>Move the panel — {child_cms_ref}</source>
      <translation>Symud y panel — {child_cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="75" />
      <source>New &amp;date:</source>
      <translation>&amp;Dyddiad newydd:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="86" />
      <source>Cancel the panel — {child_cms_ref}</source>
      <translation>Canslo'r panel — {child_cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="89" />
      <source>&amp;Why:</source>
      <translation>&amp;Pam:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="101" />
      <source>Panel outcome — {child_cms_ref}, {date}</source>
      <translation>Canlyniad y panel — {child_cms_ref}, {date}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="110" />
      <source>One item per line, e.g. 'Letter of apology', '6 hours reparation'</source>
      <translation>Un eitem i bob llinell, e.e. 'Llythyr ymddiheuro', '6 awr o wneud iawn'</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="115" />
      <source>Victim &amp;invited:</source>
      <translation>Dioddefwr wedi'i &amp;wahodd:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="116" />
      <source>Victim &amp;attended:</source>
      <translation>Dioddefwr wedi &amp;mynychu:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="117" />
      <source>&amp;Impact statement used:</source>
      <translation>Datganiad &amp;effaith wedi'i ddefnyddio:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="118" />
      <source>&amp;Contract items:</source>
      <translation>&amp;Eitemau'r contract:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="119" />
      <source>&amp;Notes:</source>
      <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="138" />
      <source>Relayed to the child — {victim_label}</source>
      <translation>Wedi'i gyfleu i'r plentyn — {victim_label}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="141" />
      <source>Relayed &amp;on:</source>
      <translation>Wedi'i gyfleu &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="154" />
      <source>Victim information for a report — {case_label}</source>
      <translation>Gwybodaeth am ddioddefwyr ar gyfer adroddiad — {case_label}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="158" />
      <source>&amp;Report:</source>
      <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="159" />
      <source>&amp;Lawful basis:</source>
      <translation>&amp;Sail gyfreithlon:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="160" />
      <source>Only what each victim agreed to share is included. The sharing is logged as a disclosure.</source>
      <translation>Dim ond yr hyn y cytunodd pob dioddefwr i'w rannu sydd wedi'i gynnwys. Cofnodir y rhannu fel datgeliad.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="186" />
      <source>&amp;Copy</source>
      <translation>&amp;Copïo</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="187" />
      <source>&amp;Save as…</source>
      <translation>Cadw &amp;fel…</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="196" />
      <source>Save the summary</source>
      <translation>Cadw'r crynodeb</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="196" />
      <source>Text (*.txt)</source>
      <translation>Testun (*.txt)</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="204" />
      <source>Record a disclosure</source>
      <translation>Cofnodi datgeliad</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="209" />
      <source>e.g. PC 1234, Northshire Police</source>
      <translation>e.e. PC 1234, Heddlu Northshire</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="216" />
      <source>What was shared, in words (do not paste the information itself)</source>
      <translation>Beth a rannwyd, mewn geiriau (peidiwch â gludo'r wybodaeth ei hun)</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="218" />
      <source>Not about one child's case</source>
      <translation>Nid yw'n ymwneud ag achos un plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="223" />
      <source>&amp;To:</source>
      <translation>A&amp;t:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="224" />
      <source>&amp;Recipient:</source>
      <translation>&amp;Derbynnydd:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="226" />
      <source>Re&amp;ason:</source>
      <translation>Rh&amp;eswm:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="227" />
      <source>&amp;What was shared:</source>
      <translation>Beth a ra&amp;nnwyd:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="228" />
      <source>&amp;Child's case:</source>
      <translation>Achos y &amp;plentyn:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="253" />
      <source>Merge a duplicate into this record</source>
      <translation>Uno cofnod dyblyg â'r cofnod hwn</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="259" />
      <source>, born {date}</source>
      <translation>, ganwyd {date}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="267" />
      <source>Why these are the same person (e.g. same name, date of birth and phone)</source>
      <translation>Pam mai'r un person yw'r rhain (e.e. yr un enw, dyddiad geni a ffôn)</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="268" />
      <source>&amp;Duplicate:</source>
      <translation>Cofnod &amp;dyblyg:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="271" />
      <source>The duplicate's referrals, consent, contacts, duties, views and safety records move onto this record; the duplicate disappears from lists. Unmerging later puts everything back exactly.</source>
      <translation>Mae atgyfeiriadau, caniatâd, cysylltiadau, dyletswyddau, barn a chofnodion diogelwch y cofnod dyblyg yn symud i'r cofnod hwn; mae'r cofnod dyblyg yn diflannu o restrau. Mae dad-uno yn ddiweddarach yn rhoi popeth yn ôl yn union.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="276" />
      <source>No likely duplicate: no other record has this name and date of birth.</source>
      <translation>Dim cofnod dyblyg tebygol: nid oes gan unrhyw gofnod arall yr enw a'r dyddiad geni hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="285" />
      <source>Choose the duplicate record.</source>
      <translation>Dewiswch y cofnod dyblyg.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="285" />
      <source>Choose one.</source>
      <translation>Dewiswch un.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="293" />
      <source>Merged records</source>
      <translation>Cofnodion wedi'u huno</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="298" />
      <source>{merged_reference} — {merged_name}, merged {date} by {merged_by}: {reason}</source>
      <translation>{merged_reference} — {merged_name}, unwyd {date} gan {merged_by}: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="311" />
      <source>&amp;Merged record:</source>
      <translation>Cofnod wedi'i &amp;uno:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="312" />
      <source>&amp;Why undo:</source>
      <translation>&amp;Pam dadwneud:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="313" />
      <source>&amp;Unmerge</source>
      <translation>&amp;Dad-uno</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="319" />
      <source>There is no merged record to undo.</source>
      <translation>Nid oes cofnod wedi'i uno i'w ddadwneud.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="319" />
      <source>None.</source>
      <translation>Dim.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="338" />
      <source>Edit the child</source>
      <translation>Golygu'r plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="338" />
      <source>New child</source>
      <translation>Plentyn newydd</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="346" />
      <source>No case manager yet</source>
      <translation>Dim rheolwr achos eto</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="352" />
      <source>CMS &amp;reference:</source>
      <translation>Cyfeir&amp;nod y system:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="353" />
      <source>&amp;Given name:</source>
      <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="354" />
      <source>&amp;Family name:</source>
      <translation>C&amp;yfenw:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="355" />
      <source>&amp;Date of birth:</source>
      <translation>&amp;Dyddiad geni:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="356" />
      <source>Case &amp;manager:</source>
      <translation>&amp;Rheolwr achos:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="383" />
      <source>Add an offence — {cms_ref}</source>
      <translation>Ychwanegu trosedd — {cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="387" />
      <source>e.g. Robbery, Criminal damage</source>
      <translation>e.e. Lladrata, Difrod troseddol</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="390" />
      <source>Offence &amp;id:</source>
      <translation>&amp;Rhif y drosedd:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="391" />
      <source>&amp;Category:</source>
      <translation>&amp;Categori:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="392" />
      <source>&amp;Date:</source>
      <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="401" />
      <source>The offence id and category are required.</source>
      <translation>Mae angen rhif a chategori'r drosedd.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="401" />
      <source>Required.</source>
      <translation>Yn ofynnol.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="407" />
      <source>New order — {cms_ref}</source>
      <translation>Gorchymyn newydd — {cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="419" />
      <source>&amp;Disposal:</source>
      <translation>&amp;Gwarediad:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="420" />
      <source>&amp;Made on:</source>
      <translation>Gwnaed &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="421" />
      <source>&amp;Offences it deals with:</source>
      <translation>Y &amp;troseddau y mae'n ymdrin â nhw:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="433" />
      <source>An order deals with at least one offence.</source>
      <translation>Mae gorchymyn yn ymdrin ag o leiaf un drosedd.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="433" />
      <source>Tick one.</source>
      <translation>Ticiwch un.</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="444" />
      <source>Decision or court planning date (views are due before it)</source>
      <translation>Dyddiad penderfynu neu gynllunio'r llys (mae angen y farn cyn hynny)</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="445" />
      <source>The order ended</source>
      <translation>Daeth y gorchymyn i ben</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="450" />
      <source>Case event — {case}, {order}</source>
      <translation>Digwyddiad achos — {case}, {order}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="455" />
      <source>&amp;What:</source>
      <translation>&amp;Beth:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="456" />
      <source>&amp;On:</source>
      <translation>&amp;Ar:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="471" />
      <source>Case transfer — {cms_ref}</source>
      <translation>Trosglwyddo achos — {cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="474" />
      <source>To another service</source>
      <translation>I wasanaeth arall</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="474" />
      <source>From another service</source>
      <translation>O wasanaeth arall</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="476" />
      <source>e.g. Southmoor Youth Justice Service</source>
      <translation>e.e. Gwasanaeth Cyfiawnder Ieuenctid Southmoor</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="480" />
      <source>What was sent or received, in words</source>
      <translation>Beth a anfonwyd neu a dderbyniwyd, mewn geiriau</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="486" />
      <source>&amp;Direction:</source>
      <translation>&amp;Cyfeiriad y trosglwyddo:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="487" />
      <source>Other &amp;service:</source>
      <translation>Y &amp;gwasanaeth arall:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="490" />
      <source>&amp;Lawful basis (out):</source>
      <translation>&amp;Sail gyfreithlon (allan):</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="491" />
      <source>&amp;Reason (out):</source>
      <translation>&amp;Rheswm (allan):</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="501" />
      <source>The child's case moved to that service</source>
      <translation>Symudodd achos y plentyn i'r gwasanaeth hwnnw</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="509" />
      <source>Link to a child known to the service</source>
      <translation>Cysylltu â phlentyn sy'n hysbys i'r gwasanaeth</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="512" />
      <source>Not a child known to the service</source>
      <translation>Nid yw'n blentyn sy'n hysbys i'r gwasanaeth</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="517" />
      <source>&amp;Child:</source>
      <translation>&amp;Plentyn:</translation>
    </message>
    <message>
      <location filename="../../ui/case_dialogs.py" line="518" />
      <source>The victim's record stays as it is and points to the child's record; nothing is copied.</source>
      <translation>Mae cofnod y dioddefwr yn aros fel y mae ac yn pwyntio at gofnod y plentyn; does dim yn cael ei gopïo.</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="67" />
      <source>Record a contact</source>
      <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="73" />
      <source>What was said or agreed (no more than the record needs)</source>
      <translation>Beth a ddywedwyd neu a gytunwyd (dim mwy nag sydd ei angen ar y cofnod)</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="76" />
      <source>&amp;How:</source>
      <translation>&amp;Sut:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="77" />
      <source>&amp;What happened:</source>
      <translation>&amp;Beth ddigwyddodd:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="81" />
      <source>This gave the progress update the victim asked for</source>
      <translation>Rhoddodd hyn y diweddariad ar y cynnydd y gofynnodd y dioddefwr amdano</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="82" />
      <source>This told the victim the intervention has concluded</source>
      <translation>Dywedodd hyn wrth y dioddefwr fod yr ymyriad wedi dod i ben</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="105" />
      <source>Record a consent decision</source>
      <translation>Cofnodi penderfyniad caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="117" />
      <source>The victim</source>
      <translation>Y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="118" />
      <source>A parent or carer</source>
      <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="119" />
      <source>The police referral</source>
      <translation>Atgyfeiriad yr heddlu</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="123" />
      <source>For a child victim: the parent or carer's name</source>
      <translation>Ar gyfer dioddefwr sy'n blentyn: enw'r rhiant neu'r gofalwr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="127" />
      <source>&amp;About:</source>
      <translation>&amp;Ynghylch:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="128" />
      <source>&amp;Decision:</source>
      <translation>P&amp;enderfyniad:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="130" />
      <source>&amp;Method:</source>
      <translation>&amp;Dull:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="131" />
      <source>&amp;From:</source>
      <translation>&amp;Gan bwy:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="132" />
      <source>&amp;Given by:</source>
      <translation>&amp;Rhoddwyd gan:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="137" />
      <source>Consent can be withdrawn at any time. Refusing or withdrawing contact closes the open contact duties for that case; the history is kept.</source>
      <translation>Gellir tynnu caniatâd yn ôl unrhyw bryd. Mae gwrthod neu dynnu cyswllt yn ôl yn cau'r dyletswyddau cyswllt agored ar gyfer yr achos hwnnw; cedwir yr hanes.</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="167" />
      <source>&amp;Defer for a safety reason</source>
      <translation>&amp;Gohirio am reswm diogelwch</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="168" />
      <source>&amp;Waive</source>
      <translation>&amp;Hepgor</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="169" />
      <source>&amp;Not applicable</source>
      <translation>&amp;Amherthnasol</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="176" />
      <source>&amp;Reason:</source>
      <translation>&amp;Rheswm:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="177" />
      <source>Re&amp;view on:</source>
      <translation>Ad&amp;olygu ar:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="193" />
      <source>Mark as met: {title}</source>
      <translation>Nodi fel wedi'i gyflawni: {title}</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="197" />
      <source>&amp;Met on:</source>
      <translation>Wedi'i gyflawni &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="214" />
      <source>Priority triage</source>
      <translation>Brysbennu blaenoriaeth</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="217" />
      <source>Contact is &amp;safe now</source>
      <translation>Mae cyswllt yn &amp;ddiogel nawr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="218" />
      <source>Contact is &amp;not safe yet — defer the first contact</source>
      <translation>Nid yw cyswllt yn ddiogel &amp;eto — gohirio'r cyswllt cyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="222" />
      <source>Who was consulted (officer in the case, ISVA, social care) and what was decided</source>
      <translation>Pwy a ymgynghorwyd (swyddog yr achos, ISVA, gofal cymdeithasol) a beth a benderfynwyd</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="228" />
      <source>&amp;Decided on:</source>
      <translation>Penderfynwyd &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="232" />
      <source>&amp;Review on:</source>
      <translation>&amp;Adolygu ar:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="248" />
      <source>New referral</source>
      <translation>Atgyfeiriad newydd</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="259" />
      <source>Victim consented to the referral</source>
      <translation>Cydsyniodd y dioddefwr i'r atgyfeiriad</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="260" />
      <source>Victim did not object</source>
      <translation>Ni wrthwynebodd y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="261" />
      <source>Victim objected</source>
      <translation>Gwrthwynebodd y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="266" />
      <source>Already known? Their victim reference, e.g. V000012 — else leave empty</source>
      <translation>Eisoes yn hysbys? Cyfeirnod y dioddefwr, e.e. V000012 — fel arall gadewch yn wag</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="269" />
      <source>A person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="270" />
      <source>A business or organisation</source>
      <translation>Busnes neu sefydliad</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="271" />
      <source>A professional harmed in their role</source>
      <translation>Gweithiwr proffesiynol a niweidiwyd yn ei rôl</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="272" />
      <source>Unidentified (details withheld)</source>
      <translation>Heb ei adnabod (manylion wedi'u dal yn ôl)</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="277" />
      <source>Date of birth known</source>
      <translation>Dyddiad geni'n hysbys</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="283" />
      <source>Safe to phone</source>
      <translation>Diogel ffonio</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="284" />
      <source>Safe to write</source>
      <translation>Diogel ysgrifennu</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="285" />
      <source>Safe to leave a message</source>
      <translation>Diogel gadael neges</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="288" />
      <source>Not recorded (under-18s are enhanced automatically)</source>
      <translation>Heb ei gofnodi (mae plant dan 18 yn cael hawliau uwch yn awtomatig)</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="294" />
      <source>C&amp;hild's case:</source>
      <translation>Achos y p&amp;lentyn:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="297" />
      <source>&amp;Basis:</source>
      <translation>&amp;Sail:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="298" />
      <source>&amp;Police reference:</source>
      <translation>Cyfeirnod yr &amp;heddlu:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="299" />
      <source>E&amp;xisting victim:</source>
      <translation>Dioddefwr &amp;presennol:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="300" />
      <source>&amp;Victim is:</source>
      <translation>Mae'r &amp;dioddefwr yn:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="301" />
      <source>&amp;Name:</source>
      <translation>&amp;Enw:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="302" />
      <source>Named &amp;contact:</source>
      <translation>&amp;Cyswllt a enwir:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="304" />
      <source>Date of &amp;birth:</source>
      <translation>Dyddiad ge&amp;ni:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="306" />
      <source>&amp;Address:</source>
      <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="310" />
      <source>&amp;Enhanced rights:</source>
      <translation>Hawliau &amp;uwch:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="311" />
      <source>&amp;Why enhanced:</source>
      <translation>Pam &amp;uwch:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="386" />
      <source>Edit details and needs</source>
      <translation>Golygu manylion ac anghenion</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="394" />
      <source>Unidentified</source>
      <translation>Heb ei adnabod</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="406" />
      <source>Any language, e.g. Polish</source>
      <translation>Unrhyw iaith, e.e. Pwyleg</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="408" />
      <source>Not asked yet</source>
      <translation>Heb ofyn eto</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="408" />
      <source>English</source>
      <translation>Saesneg</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="408" />
      <source>Welsh</source>
      <translation>Cymraeg</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="408" />
      <source>Bilingual</source>
      <translation>Dwyieithog</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="414" />
      <source>A letter, email or text meets a progress update or the news that the intervention has ended only when the victim chose that way of hearing from us.</source>
      <translation>Mae llythyr, e-bost neu neges destun yn cyflawni diweddariad ar y cynnydd neu'r newyddion bod yr ymyriad wedi dod i ben dim ond pan ddewisodd y dioddefwr glywed gennym yn y ffordd honno.</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="419" />
      <source>Needs an interpreter</source>
      <translation>Angen cyfieithydd</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="421" />
      <source>Needs BSL</source>
      <translation>Angen BSL</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="423" />
      <source>Needs easy read</source>
      <translation>Angen hawdd ei ddeall</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="426" />
      <source>Lives in the child's own household</source>
      <translation>Yn byw ar aelwyd y plentyn ei hun</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="430" />
      <source>No recorded category (under-18s are enhanced automatically)</source>
      <translation>Dim categori wedi'i gofnodi (mae plant dan 18 yn cael hawliau uwch yn awtomatig)</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="437" />
      <source>Needed when the enhanced-rights category changes</source>
      <translation>Angen pan fydd categori'r hawliau uwch yn newid</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="444" />
      <source>Preferred &amp;language:</source>
      <translation>&amp;Iaith a ffefrir:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="445" />
      <source>&amp;Welsh language choice:</source>
      <translation>Dewis iaith G&amp;ymraeg:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="446" />
      <source>&amp;How they want to hear from us:</source>
      <translation>Sut maen nhw am &amp;glywed gennym:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="450" />
      <source>&amp;Other needs:</source>
      <translation>Anghenion e&amp;raill:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="493" />
      <source>Record views, impact and wishes</source>
      <translation>Cofnodi barn, effaith a dymuniadau</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="503" />
      <source>Preferred forms of RJ, reparation wishes, questions for the child</source>
      <translation>Y mathau o CA sydd orau ganddynt, dymuniadau am wneud iawn, cwestiynau i'r plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="505" />
      <source>Only what the victim agreed may be shared with the child's worker</source>
      <translation>Dim ond yr hyn y cytunodd y dioddefwr y gellir ei rannu â gweithiwr y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="509" />
      <source>Not known</source>
      <translation>Ddim yn hysbys</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="509" />
      <source>Made</source>
      <translation>Wedi'i wneud</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="509" />
      <source>Not made</source>
      <translation>Heb ei wneud</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="509" />
      <source>Offered</source>
      <translation>Wedi'i gynnig</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="514" />
      <source>&amp;Views:</source>
      <translation>&amp;Barn:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="515" />
      <source>&amp;Impact:</source>
      <translation>&amp;Effaith:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="516" />
      <source>&amp;Wishes:</source>
      <translation>D&amp;ymuniadau:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="517" />
      <source>&amp;Shareable summary:</source>
      <translation>Crynodeb i'w &amp;rannu:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="518" />
      <source>Victim &amp;Personal Statement:</source>
      <translation>Datganiad Personol y Dioddef&amp;wr:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="541" />
      <source>Record a complaint (Victims' Code Right 12)</source>
      <translation>Cofnodi cwyn (Hawl 12 y Cod Dioddefwyr)</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="546" />
      <source>&amp;Received on:</source>
      <translation>Wedi'i &amp;derbyn ar:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="547" />
      <source>&amp;Summary:</source>
      <translation>&amp;Crynodeb:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="558" />
      <source>Allocate the case</source>
      <translation>Dyrannu'r achos</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="565" />
      <source>&amp;Worker:</source>
      <translation>&amp;Gweithiwr:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="582" />
      <source>Arrange cover</source>
      <translation>Trefnu cyflenwi</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="592" />
      <source>&amp;Away:</source>
      <translation>I &amp;ffwrdd:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="593" />
      <source>&amp;Covered by:</source>
      <translation>&amp;Cyflenwir gan:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="595" />
      <source>&amp;Until:</source>
      <translation>&amp;Tan:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="611" />
      <source>Add a parent or carer</source>
      <translation>Ychwanegu rhiant neu ofalwr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="615" />
      <source>e.g. mother, foster carer</source>
      <translation>e.e. mam, gofalwr maeth</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="618" />
      <source>This person is a suspect — do not contact the victim through them</source>
      <translation>Mae'r person hwn yn un a amheuir — peidiwch â chysylltu â'r dioddefwr drwyddo</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="621" />
      <source>&amp;Relationship:</source>
      <translation>&amp;Perthynas:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="622" />
      <source>&amp;Phone:</source>
      <translation>&amp;Ffôn:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="647" />
      <source>Contact details</source>
      <translation>Manylion cyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="660" />
      <source>This is the child's own household (violence in the home)</source>
      <translation>Dyma aelwyd y plentyn ei hun (trais yn y cartref)</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="667" />
      <source>&amp;Email:</source>
      <translation>&amp;E-bost:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="699" />
      <source>Raise a safety concern</source>
      <translation>Codi pryder diogelwch</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="704" />
      <source>&amp;Urgent — alert the victim's worker and the managers now</source>
      <translation>B&amp;rys — rhybuddio gweithiwr y dioddefwr a'r rheolwyr nawr</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="706" />
      <source>&amp;Kind:</source>
      <translation>&amp;Math:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="725" />
      <source>Add a restriction on the child</source>
      <translation>Ychwanegu cyfyngiad ar y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="731" />
      <source>It protects this victim (no contact with them)</source>
      <translation>Mae'n diogelu'r dioddefwr hwn (dim cyswllt ag ef)</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="734" />
      <source>Exclusion zone: places or postcode districts, e.g. NB1, Northbridge market</source>
      <translation>Parth gwahardd: lleoedd neu ardaloedd cod post, e.e. NB1, marchnad Northbridge</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="736" />
      <source>Has an end date</source>
      <translation>Mae ganddo ddyddiad gorffen</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="745" />
      <source>&amp;Areas:</source>
      <translation>&amp;Ardaloedd:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="749" />
      <source>&amp;Details:</source>
      <translation>Manyl&amp;ion:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="764" />
      <source>This victim is not linked to a child's case yet.</source>
      <translation>Nid yw'r dioddefwr hwn wedi'i gysylltu ag achos plentyn eto.</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="764" />
      <source>No child.</source>
      <translation>Dim plentyn.</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="772" />
      <source>Add a safety action</source>
      <translation>Ychwanegu cam diogelwch</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="778" />
      <source>&amp;Action:</source>
      <translation>&amp;Cam:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="779" />
      <source>&amp;Who:</source>
      <translation>&amp;Pwy:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="780" />
      <source>&amp;By:</source>
      <translation>Erb&amp;yn:</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="797" />
      <source>Contingency plan and review</source>
      <translation>Cynllun wrth gefn ac adolygiad</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="800" />
      <source>What the victim and the service do if the child makes contact</source>
      <translation>Beth mae'r dioddefwr a'r gwasanaeth yn ei wneud os bydd y plentyn yn cysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/casework.py" line="802" />
      <source>&amp;Contingency:</source>
      <translation>&amp;Cynllun wrth gefn:</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="35" />
      <source>A date: type the day, month and year, or press Alt+Down for a calendar.</source>
      <translation>Dyddiad: teipiwch y diwrnod, y mis a'r flwyddyn, neu pwyswch Alt+Down am galendr.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="37" />
      <source>A number from {low} to {high}; the Up and Down keys change it.</source>
      <translation>Rhif o {low} i {high}; mae'r bysellau Up a Down yn ei newid.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="43" />
      <source>A choice: the Up and Down keys change it, Alt+Down lists every choice.</source>
      <translation>Dewis: mae'r bysellau Up a Down yn ei newid, mae Alt+Down yn rhestru pob dewis.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="50" />
      <source>Space ticks or clears it.</source>
      <translation>Mae Space yn ei dicio neu'n ei glirio.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="52" />
      <source>The arrow keys move between the choices.</source>
      <translation>Mae'r bysellau saeth yn symud rhwng y dewisiadau.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="54" />
      <source>Space opens its menu; the arrow keys move in it.</source>
      <translation>Mae Space yn agor ei ddewislen; mae'r bysellau saeth yn symud ynddi.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="56" />
      <source>Space presses it; it opens a window.</source>
      <translation>Mae Space yn ei bwyso; mae'n agor ffenestr.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="56" />
      <source>Space presses it.</source>
      <translation>Mae Space yn ei bwyso.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="58" />
      <source>The Left and Right keys move between tabs; Ctrl+Tab from anywhere in the window.</source>
      <translation>Mae'r bysellau Left a Right yn symud rhwng tabiau; Ctrl+Tab o unrhyw le yn y ffenestr.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="60" />
      <source>A list: the Up and Down keys move between rows, Page Up and Page Down by a page.</source>
      <translation>Rhestr: mae'r bysellau Up a Down yn symud rhwng rhesi, Page Up a Page Down fesul tudalen.</translation>
    </message>
    <message>
      <location filename="../../ui/descriptions.py" line="62" />
      <source>Text to read: the arrow keys move through it.</source>
      <translation>Testun i'w ddarllen: mae'r bysellau saeth yn symud drwyddo.</translation>
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
      <location filename="../../ui/i18n.py" line="87" />
      <source>yes</source>
      <translation>ie</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="87" />
      <source>no</source>
      <translation>na</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="138" />
      <source>Monday</source>
      <translation>Dydd Llun</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="139" />
      <source>Tuesday</source>
      <translation>Dydd Mawrth</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="140" />
      <source>Wednesday</source>
      <translation>Dydd Mercher</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="141" />
      <source>Thursday</source>
      <translation>Dydd Iau</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="142" />
      <source>Friday</source>
      <translation>Dydd Gwener</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="143" />
      <source>Saturday</source>
      <translation>Dydd Sadwrn</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="144" />
      <source>Sunday</source>
      <translation>Dydd Sul</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="147" />
      <source>Mon</source>
      <translation>Llun</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="148" />
      <source>Tue</source>
      <translation>Maw</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="149" />
      <source>Wed</source>
      <translation>Mer</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="150" />
      <source>Thu</source>
      <translation>Iau</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="151" />
      <source>Fri</source>
      <translation>Gwe</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="152" />
      <source>Sat</source>
      <translation>Sad</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="153" />
      <source>Sun</source>
      <translation>Sul</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="156" />
      <source>January</source>
      <translation>Ionawr</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="157" />
      <source>February</source>
      <translation>Chwefror</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="158" />
      <source>March</source>
      <translation>Mawrth</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="159" />
      <source>April</source>
      <translation>Ebrill</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="160" />
      <source>May</source>
      <translation>Mai</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="161" />
      <source>June</source>
      <translation>Mehefin</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="162" />
      <source>July</source>
      <translation>Gorffennaf</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="163" />
      <source>August</source>
      <translation>Awst</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="164" />
      <source>September</source>
      <translation>Medi</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="165" />
      <source>October</source>
      <translation>Hydref</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="166" />
      <source>November</source>
      <translation>Tachwedd</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="167" />
      <source>December</source>
      <translation>Rhagfyr</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="170" />
      <source>Jan</source>
      <translation>Ion</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="171" />
      <source>Feb</source>
      <translation>Chwef</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="172" />
      <source>Mar</source>
      <translation>Maw</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="173" />
      <source>Apr</source>
      <translation>Ebr</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="175" />
      <source>Jun</source>
      <translation>Meh</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="176" />
      <source>Jul</source>
      <translation>Gorff</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="177" />
      <source>Aug</source>
      <translation>Awst</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="178" />
      <source>Sep</source>
      <translation>Medi</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="179" />
      <source>Oct</source>
      <translation>Hyd</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="180" />
      <source>Nov</source>
      <translation>Tach</translation>
    </message>
    <message>
      <location filename="../../ui/i18n.py" line="181" />
      <source>Dec</source>
      <translation>Rhag</translation>
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
      <location filename="../../ui/letters.py" line="87" />
      <source>The letter as it will be printed, read-only: change the fields above to change it.</source>
      <translation>Y llythyr fel y caiff ei argraffu, i'w ddarllen yn unig: newidiwch y meysydd uchod i'w newid.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="92" />
      <source>&amp;Preview</source>
      <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="93" />
      <source>&amp;Save a copy…</source>
      <translation>Cadw c&amp;opi…</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="94" />
      <source>As a PDF ready to print, or as a Word document to edit before sending</source>
      <translation>Fel PDF yn barod i'w argraffu, neu fel dogfen Word i'w golygu cyn ei anfon</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="100" />
      <source>&amp;Language:</source>
      <translation>&amp;Iaith:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="102" />
      <source>A&amp;ddress:</source>
      <translation>Cyfeiria&amp;d:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="103" />
      <source>Your paragraph (&amp;English):</source>
      <translation>Eich paragraff (&amp;Saesneg):</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="104" />
      <source>Your paragraph (&amp;Welsh):</source>
      <translation>Eich paragraff (&amp;Cymraeg):</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="128" />
      <source>What you want to say, in {language}</source>
      <translation>Yr hyn rydych am ei ddweud ({language})</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="156" />
      <source>Save a copy of the letter</source>
      <translation>Cadw copi o'r llythyr</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="174" />
      <source>Saved to {path}. Nothing is recorded as sent.</source>
      <translation>Wedi'i gadw yn {path}. Ni chofnodwyd dim fel wedi'i anfon.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="187" />
      <source>In your own words: required for this letter.</source>
      <translation>Yn eich geiriau eich hun: mae'n ofynnol ar gyfer y llythyr hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="189" />
      <source>Optional: anything you want to add in your own words.</source>
      <translation>Dewisol: unrhyw beth yr hoffech ei ychwanegu yn eich geiriau eich hun.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="191" />
      <source>Letter: {name}</source>
      <translation>Llythyr: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="198" />
      <source>Not about one case</source>
      <translation>Nid am un achos</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="203" />
      <source>Choose…</source>
      <translation>Dewiswch…</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="203" />
      <source>Yes, I tried to phone first</source>
      <translation>Do, ceisiais ffonio yn gyntaf</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="205" />
      <source>&amp;About the case:</source>
      <translation>&amp;Ynghylch yr achos:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="209" />
      <source>Did you p&amp;hone first?</source>
      <translation>A wnaethoch chi &amp;ffonio yn gyntaf?</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="210" />
      <source>Sent &amp;on:</source>
      <translation>A&amp;nfonwyd ar:</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="212" />
      <source>&amp;Record as sent</source>
      <translation>Cofnodi ei fod &amp;wedi'i anfon</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="214" />
      <source>Keeps a copy on the victim's record and logs a contact attempt by letter; meets the duty because the victim chose letters</source>
      <translation>Yn cadw copi ar gofnod y dioddefwr ac yn cofnodi ymgais i gysylltu drwy lythyr; mae'n bodloni'r ddyletswydd am fod y dioddefwr wedi dewis llythyrau</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="219" />
      <source>Keeps a copy on the victim's record and logs a contact attempt by letter</source>
      <translation>Yn cadw copi ar gofnod y dioddefwr ac yn cofnodi ymgais i gysylltu drwy lythyr</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="265" />
      <source>Optional: a word about how it went. Never anything about the victim.</source>
      <translation>Dewisol: gair am sut aeth pethau. Byth unrhyw beth am y dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="270" />
      <source>To {child}'s parent or carer: {amount} at {project}, completed on {date}. The child will read it: a letter that would identify a victim is refused.</source>
      <translation>At riant neu ofalwr {child}: {amount} yn {project}, wedi'i gwblhau ar {date}. Bydd y plentyn yn ei ddarllen: gwrthodir llythyr a fyddai'n datgelu pwy yw dioddefwr.</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="282" />
      <source>The parent or carer's name</source>
      <translation>Enw'r rhiant neu'r gofalwr</translation>
    </message>
    <message>
      <location filename="../../ui/letters.py" line="284" />
      <source>Close</source>
      <translation>Cau</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="43" />
      <source>Team database {database} on {host}</source>
      <translation>Cronfa ddata'r tîm {database} ar {host}</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="45" />
      <source>Demo data on this computer</source>
      <translation>Data enghreifftiol ar y cyfrifiadur hwn</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="46" />
      <source>Encrypted store on this computer</source>
      <translation>Storfa wedi'i hamgryptio ar y cyfrifiadur hwn</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="60" />
      <source>sign in</source>
      <translation>mewngofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="71" />
      <source>Victims and restorative justice</source>
      <translation>Dioddefwyr a chyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="81" />
      <source>User name</source>
      <translation>Enw defnyddiwr</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="84" />
      <source>Password</source>
      <translation>Cyfrinair</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="85" />
      <source>&amp;User name:</source>
      <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="92" />
      <source>Sign-in message</source>
      <translation>Neges mewngofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="102" />
      <source>Use &amp;recovery key…</source>
      <translation>Defnyddio'r allwedd &amp;adfer…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="105" />
      <source>&amp;Try again</source>
      <translation>&amp;Rhoi cynnig arall</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="108" />
      <source>Restore the latest &amp;good backup…</source>
      <translation>Adfer y copi &amp;wrth gefn da diweddaraf…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="114" />
      <source>&amp;Connection…</source>
      <translation>C&amp;ysylltiad…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="115" />
      <source>Where the data lives: this computer or the service's database server</source>
      <translation>Ble mae'r data'n cael ei gadw: y cyfrifiadur hwn neu weinydd cronfa ddata'r gwasanaeth</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="117" />
      <source>Sign &amp;in</source>
      <translation>&amp;Mewngofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="131" />
      <source>Opening the store…</source>
      <translation>Yn agor y storfa…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="154" />
      <source>The store is not open.</source>
      <translation>Nid yw'r storfa ar agor.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="160" />
      <source>This computer's keyring does not hold the key of the encrypted store (it may have been reset). Type the recovery key that a manager keeps: Use recovery key…</source>
      <translation>Nid yw cylch allweddi'r cyfrifiadur hwn yn dal allwedd y storfa wedi'i hamgryptio (efallai ei fod wedi'i ailosod). Teipiwch yr allwedd adfer y mae rheolwr yn ei chadw: Defnyddio'r allwedd adfer…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="167" />
      <source>Your backups are checked one by one until a good one is found.</source>
      <translation>Caiff eich copïau wrth gefn eu gwirio fesul un nes dod o hyd i un da.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="173" />
      <source>Checking the backups…</source>
      <translation>Yn gwirio'r copïau wrth gefn…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="186" />
      <source>No good backup.</source>
      <translation>Dim copi wrth gefn da.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="188" />
      <source>No backup of this store opens and verifies on this computer. Ask IT for a copy of the backups folder, or set up again.</source>
      <translation>Nid oes copi wrth gefn o'r storfa hon yn agor ac yn cael ei wirio ar y cyfrifiadur hwn. Gofynnwch i'r adran TG am gopi o'r ffolder copïau wrth gefn, neu gosodwch eto.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="198" />
      <source>Restore the latest good backup</source>
      <translation>Adfer y copi wrth gefn da diweddaraf</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="199" />
      <source>The newest good backup was made on {made}. Work saved after that is not in it.

The damaged store is kept (not deleted) beside the store, in the folder 'damaged'. Restore this backup now?</source>
      <translation>Gwnaed y copi wrth gefn da diweddaraf ar {made}. Nid yw gwaith a gadwyd ar ôl hynny ynddo.

Cedwir y storfa sydd wedi'i difrodi (nid yw'n cael ei dileu) wrth ymyl y storfa, yn y ffolder 'damaged'. Adfer y copi wrth gefn hwn nawr?</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="207" />
      <source>Restoring…</source>
      <translation>Yn adfer…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="218" />
      <source>Type the recovery key (14 groups of four letters and digits):</source>
      <translation>Teipiwch yr allwedd adfer (14 grŵp o bedwar nod, yn llythrennau a digidau):</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="243" />
      <source>Enter your user name and password.</source>
      <translation>Rhowch eich enw defnyddiwr a'ch cyfrinair.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="246" />
      <source>Checking…</source>
      <translation>Yn gwirio…</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="257" />
      <source>Signed in.</source>
      <translation>Wedi mewngofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="262" />
      <source>Choose a new password to continue.</source>
      <translation>Dewiswch gyfrinair newydd i barhau.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="290" />
      <source>Change password</source>
      <translation>Newid y cyfrinair</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="293" />
      <source>Your password was set by an administrator. Choose your own to continue.</source>
      <translation>Gosodwyd eich cyfrinair gan weinyddwr. Dewiswch eich un chi i barhau.</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="303" />
      <source>&amp;Current password:</source>
      <translation>&amp;Cyfrinair presennol:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="304" />
      <source>&amp;New password:</source>
      <translation>Cyfrinair &amp;newydd:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="305" />
      <source>C&amp;onfirm new password:</source>
      <translation>Ca&amp;darnhau'r cyfrinair newydd:</translation>
    </message>
    <message>
      <location filename="../../ui/login.py" line="314" />
      <source>The two new passwords differ.</source>
      <translation>Mae'r ddau gyfrinair newydd yn wahanol.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="61" />
      <source>My day</source>
      <translation>Fy niwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="62" />
      <source>Victims</source>
      <translation>Dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="63" />
      <source>Restorative justice</source>
      <translation>Cyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="64" />
      <source>Shared views</source>
      <translation>Safbwyntiau a rennir</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="67" />
      <source>Reparation</source>
      <translation>Gwneud iawn</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="71" />
      <source>Cases</source>
      <translation>Achosion</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="72" />
      <source>Panels</source>
      <translation>Paneli</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="73" />
      <source>Reports</source>
      <translation>Adroddiadau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="74" />
      <source>Disclosures</source>
      <translation>Datgeliadau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="75" />
      <source>Audit</source>
      <translation>Archwilio</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="76" />
      <source>Retention</source>
      <translation>Cadw cofnodion</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="79" />
      <source>Duty rules</source>
      <translation>Rheolau dyletswyddau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="84" />
      <source>Administration</source>
      <translation>Gweinyddu</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="108" />
      <source>Pages</source>
      <translation>Tudalennau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="212" />
      <source>&amp;File</source>
      <translation>&amp;Ffeil</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="214" />
      <source>&amp;Lock</source>
      <translation>&amp;Cloi</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="215" />
      <source>Change &amp;password…</source>
      <translation>Newid y cyf&amp;rinair…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="217" />
      <source>&amp;Quit</source>
      <translation>&amp;Gadael</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="228" />
      <source>&amp;Edit</source>
      <translation>&amp;Golygu</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="230" />
      <source>&amp;Find</source>
      <translation>C&amp;hwilio</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="233" />
      <source>&amp;New…</source>
      <translation>&amp;Newydd…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="237" />
      <source>&amp;View</source>
      <translation>G&amp;weld</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="238" />
      <source>&amp;Refresh</source>
      <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="241" />
      <source>&amp;Colours</source>
      <translation>Lli&amp;wiau</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="252" />
      <source>&amp;Larger text</source>
      <translation>Testun &amp;mwy</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="253" />
      <source>&amp;Smaller text</source>
      <translation>Testun &amp;llai</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="254" />
      <source>&amp;Normal text size</source>
      <translation>Maint testun a&amp;rferol</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="258" />
      <source>Lan&amp;guage</source>
      <translation>&amp;Iaith</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="268" />
      <source>&amp;Help</source>
      <translation>&amp;Cymorth</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="269" />
      <source>&amp;About rjdesk</source>
      <translation>&amp;Ynghylch rjdesk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="342" />
      <source>Password changed.</source>
      <translation>Newidiwyd y cyfrinair.</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="347" />
      <source>About rjdesk</source>
      <translation>Ynghylch rjdesk</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="348" />
      <source>&lt;b&gt;rjdesk {version}&lt;/b&gt;&lt;p&gt;Victims and restorative justice work for Youth Justice Services in England and Wales.&lt;/p&gt;&lt;p&gt;Free software (GPL-3.0-or-later).&lt;/p&gt;</source>
      <translation>&lt;b&gt;rjdesk {version}&lt;/b&gt;&lt;p&gt;Gwaith gyda dioddefwyr a chyfiawnder adferol i Wasanaethau Cyfiawnder Ieuenctid yng Nghymru a Lloegr.&lt;/p&gt;&lt;p&gt;Meddalwedd rydd (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="392" />
      <source>That password is not right.</source>
      <translation>Nid yw'r cyfrinair hwnnw'n gywir.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="42" />
      <source>Disabled</source>
      <translation>Wedi'i analluogi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="44" />
      <source>Locked (wrong passwords)</source>
      <translation>Ar glo (cyfrineiriau anghywir)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="46" />
      <source>Must choose a password</source>
      <translation>Rhaid dewis cyfrinair</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="47" />
      <source>Active</source>
      <translation>Gweithredol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="52" />
      <source>Roles</source>
      <translation>Rolau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="68" />
      <source>Add a user</source>
      <translation>Ychwanegu defnyddiwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="74" />
      <source>&amp;Full name:</source>
      <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="75" />
      <source>&amp;Temporary password:</source>
      <translation>Cyfrinair &amp;dros dro:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="78" />
      <source>The person chooses their own password the first time they sign in.</source>
      <translation>Mae'r person yn dewis ei gyfrinair ei hun y tro cyntaf y bydd yn mewngofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="93" />
      <source>Roles of {display_name}</source>
      <translation>Rolau {display_name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="106" />
      <source>Reset the password of {display_name}</source>
      <translation>Ailosod cyfrinair {display_name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="111" />
      <source>This also unlocks the account. The person must choose a new password at sign-in.</source>
      <translation>Mae hyn hefyd yn datgloi'r cyfrif. Rhaid i'r person ddewis cyfrinair newydd wrth fewngofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="129" />
      <source>Name</source>
      <translation>Enw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="131" />
      <source>Status</source>
      <translation>Statws</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="134" />
      <source>Users</source>
      <translation>Defnyddwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="137" />
      <source>&amp;Add user…</source>
      <translation>&amp;Ychwanegu defnyddiwr…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="138" />
      <source>&amp;Roles…</source>
      <translation>&amp;Rolau…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="139" />
      <source>&amp;Disable</source>
      <translation>Anallu&amp;ogi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="140" />
      <source>Reset &amp;password…</source>
      <translation>Ailosod cyfr&amp;inair…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="160" />
      <source>&amp;Enable</source>
      <translation>Gall&amp;uogi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="193" />
      <source>Disable user</source>
      <translation>Analluogi defnyddiwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="194" />
      <source>Disable {display_name}? They will not be able to sign in.</source>
      <translation>Analluogi {display_name}? Ni fydd yn gallu mewngofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="215" />
      <source>A Welsh service (bilingual letters when a victim has not chosen)</source>
      <translation>Gwasanaeth yng Nghymru (llythyrau dwyieithog pan nad yw dioddefwr wedi dewis)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="216" />
      <source>Welsh service</source>
      <translation>Gwasanaeth yng Nghymru</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="226" />
      <source>No logo</source>
      <translation>Dim logo</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="227" />
      <source>Report logo</source>
      <translation>Logo adroddiadau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="229" />
      <source>Choose &amp;logo…</source>
      <translation>Dewis &amp;logo…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="230" />
      <source>Remove l&amp;ogo</source>
      <translation>Tynnu'r l&amp;ogo</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="236" />
      <source>Logo on report covers:</source>
      <translation>Logo ar gloriau adroddiadau:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="242" />
      <source>Review victim records after</source>
      <translation>Adolygu cofnodion dioddefwyr ar ôl</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="244" />
      <source>Victim records come up for review this long after the later of the last linked order's end and the last contact.</source>
      <translation>Daw cofnodion dioddefwyr i'w hadolygu hyn o amser ar ôl y diweddaraf o ddiwedd y gorchymyn cysylltiedig olaf a'r cyswllt olaf.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="249" />
      <source>Save &amp;retention policy</source>
      <translation>Cadw'r &amp;polisi cadw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="254" />
      <source>Review victim records after:</source>
      <translation>Adolygu cofnodion dioddefwyr ar ôl:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="258" />
      <source>&amp;Save settings</source>
      <translation>Cadw'r go&amp;sodiadau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="281" />
      <source>Retention policy saved: victim records are reviewed {years} years after their last order or contact.</source>
      <translation>Cadwyd y polisi cadw: caiff cofnodion dioddefwyr eu hadolygu {years} mlynedd ar ôl eu gorchymyn neu eu cyswllt olaf.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="302" />
      <source>No logo: report covers show the service's name only.</source>
      <translation>Dim logo: dim ond enw'r gwasanaeth sydd ar gloriau adroddiadau.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="306" />
      <source>Choose the logo</source>
      <translation>Dewis y logo</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="306" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Delweddau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="313" />
      <source>The file could not be read: {strerror}.</source>
      <translation>Nid oedd modd darllen y ffeil: {strerror}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="319" />
      <source>Logo</source>
      <translation>Logo adroddiadau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="319" />
      <source>Remove the logo from report covers?</source>
      <translation>Tynnu'r logo oddi ar gloriau adroddiadau?</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="328" />
      <source>Logo saved.</source>
      <translation>Cadwyd y logo.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="328" />
      <source>Logo removed.</source>
      <translation>Tynnwyd y logo.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="348" />
      <source>Saved.</source>
      <translation>Wedi cadw.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="364" />
      <source>Days the service is closed besides weekends and England-and-Wales bank holidays. Deadlines skip them.</source>
      <translation>Dyddiau y mae'r gwasanaeth ar gau heblaw penwythnosau a gwyliau banc Cymru a Lloegr. Mae terfynau amser yn eu hepgor.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="369" />
      <source>Date</source>
      <translation>Dyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="369" />
      <source>Why</source>
      <translation>Pam</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="371" />
      <source>Closure days</source>
      <translation>Dyddiau cau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="377" />
      <source>Closure date</source>
      <translation>Dyddiad cau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="379" />
      <source>e.g. Christmas Eve (council closure)</source>
      <translation>e.e. Noswyl Nadolig (y cyngor ar gau)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="380" />
      <source>Why the service is closed</source>
      <translation>Pam mae'r gwasanaeth ar gau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="381" />
      <source>&amp;Add day</source>
      <translation>&amp;Ychwanegu diwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="382" />
      <source>&amp;Remove…</source>
      <translation>Tynn&amp;u…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="419" />
      <source>Choose a day to remove.</source>
      <translation>Dewiswch ddiwrnod i'w dynnu.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="424" />
      <source>Remove closure day</source>
      <translation>Tynnu diwrnod cau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="425" />
      <source>Remove {date} ({description})? Deadlines will count it again.</source>
      <translation>Tynnu {date} ({description})? Bydd terfynau amser yn ei gyfrif eto.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="443" />
      <source>This computer's store is backed up, encrypted, every day and whenever rjdesk closes; the newest ten and one a day for the last month are kept. A backup is checked (key, file, audit trail) before it can replace the store, and the store as it was is kept as a backup first.</source>
      <translation>Mae storfa'r cyfrifiadur hwn yn cael ei hategu, wedi'i hamgryptio, bob dydd a phryd bynnag y bydd rjdesk yn cau; cedwir y deg diweddaraf ac un y dydd am y mis diwethaf. Caiff copi wrth gefn ei wirio (allwedd, ffeil, trywydd archwilio) cyn y gall ddisodli'r storfa, a chedwir y storfa fel yr oedd fel copi wrth gefn yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="455" />
      <source>Size</source>
      <translation>Maint</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="456" />
      <source>File</source>
      <translation>Ffeil</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="459" />
      <source>Backups</source>
      <translation>Copïau wrth gefn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="462" />
      <source>Bac&amp;k up now</source>
      <translation>Gwneud copi wrth gefn &amp;nawr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="463" />
      <source>&amp;Restore this backup…</source>
      <translation>Adf&amp;er y copi wrth gefn hwn…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="481" />
      <source>Backing up…</source>
      <translation>Yn gwneud copi wrth gefn…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="484" />
      <source>Backed up: {name}</source>
      <translation>Copi wrth gefn wedi'i wneud: {name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="492" />
      <source>Choose the backup to restore.</source>
      <translation>Dewiswch y copi wrth gefn i'w adfer.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="497" />
      <source>Restore a backup</source>
      <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="498" />
      <source>Replace the store with the backup made {date}?

Everything saved since then — by anyone using this computer's store — will no longer be in it (the store as it is now is kept as a backup first). Everyone is signed out.</source>
      <translation>Disodli'r storfa â'r copi wrth gefn a wnaed {date}?

Ni fydd popeth a gadwyd ers hynny — gan unrhyw un sy'n defnyddio storfa'r cyfrifiadur hwn — ynddi mwyach (cedwir y storfa fel y mae nawr fel copi wrth gefn yn gyntaf). Caiff pawb eu hallgofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="509" />
      <source>Checking the backup, then restoring…</source>
      <translation>Yn gwirio'r copi wrth gefn, yna'n adfer…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="538" />
      <source>&amp;Users</source>
      <translation>&amp;Defnyddwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="539" />
      <source>Serv&amp;ice</source>
      <translation>Gwasanae&amp;th</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="540" />
      <source>&amp;Closure days</source>
      <translation>Dyddiau c&amp;au</translation>
    </message>
    <message>
      <location filename="../../ui/pages/admin.py" line="541" />
      <source>&amp;Backups</source>
      <translation>Copïau wrt&amp;h gefn</translation>
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
      <location filename="../../ui/pages/base.py" line="101" />
      <source>Changed by someone else</source>
      <translation>Wedi newid gan rywun arall</translation>
    </message>
    <message>
      <location filename="../../ui/pages/base.py" line="101" />
      <source>The page will now reload.</source>
      <translation>Bydd y dudalen yn ail-lwytho nawr.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="47" />
      <source>Search by CMS reference or name (Ctrl+F)</source>
      <translation>Chwilio yn ôl cyfeirnod y system neu enw (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="48" />
      <source>Search children</source>
      <translation>Chwilio am blant</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="49" />
      <source>&amp;New child…</source>
      <translation>Plentyn &amp;newydd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="59" />
      <source>Choose a child.</source>
      <translation>Dewiswch blentyn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="64" />
      <source>Offence</source>
      <translation>Trosedd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="65" />
      <source>Category</source>
      <translation>Categori</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="69" />
      <source>Offences</source>
      <translation>Troseddau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="74" />
      <source>Order</source>
      <translation>Gorchymyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="75" />
      <source>CMS ref</source>
      <translation>Cyf. y system</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="75" />
      <source>typed in</source>
      <translation>wedi'i deipio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="77" />
      <source>Ended</source>
      <translation>Daeth i ben</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="78" />
      <source>Decision</source>
      <translation>Penderfyniad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="80" />
      <source>Events</source>
      <translation>Digwyddiadau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="83" />
      <source>Orders</source>
      <translation>Gorchmynion</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="89" />
      <source>&amp;Edit the child…</source>
      <translation>Golygu'r p&amp;lentyn…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="90" />
      <source>Add an &amp;offence…</source>
      <translation>Ychwanegu &amp;trosedd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="91" />
      <source>New o&amp;rder…</source>
      <translation>Gorchymyn newy&amp;dd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="92" />
      <source>Case &amp;event…</source>
      <translation>Digwyddiad &amp;achos…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="93" />
      <source>&amp;Transfer…</source>
      <translation>T&amp;rosglwyddo…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="94" />
      <source>&amp;Subject access…</source>
      <translation>Myn&amp;ediad at ddata…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="96" />
      <source>Everything held about this child, for the child: no victim's identity</source>
      <translation>Popeth a gedwir am y plentyn hwn, i'r plentyn: dim manylion adnabod unrhyw ddioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="159" />
      <source>&lt;h3&gt;{name}&lt;/h3&gt;{reference} · born {date}</source>
      <translation>&lt;h3&gt;{name}&lt;/h3&gt;{reference} · ganwyd {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/cases.py" line="213" />
      <source>Subject access export (child-facing)</source>
      <translation>Allforio mynediad at ddata (i'r plentyn)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/disclosures.py" line="33" />
      <source>To:</source>
      <translation>Hyd at:</translation>
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
      <location filename="../../ui/pages/duty_rules.py" line="30" />
      <source>Proposed</source>
      <translation>Wedi'i gynnig</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="30" />
      <source>Approved</source>
      <translation>Wedi'i gymeradwyo</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="30" />
      <source>Rejected</source>
      <translation>Wedi'i wrthod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="34" />
      <source>{days} WD</source>
      <translation>{days} DG</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="39" />
      <source>Propose a change to a duty rule</source>
      <translation>Cynnig newid i reol dyletswydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="50" />
      <source>none</source>
      <translation>dim</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="55" />
      <source>&amp;Duty:</source>
      <translation>&amp;Dyletswydd:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="56" />
      <source>&amp;Standard (working days):</source>
      <translation>&amp;Safonol (diwrnodau gwaith):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="57" />
      <source>&amp;Enhanced (working days):</source>
      <translation>&amp;Uwch (diwrnodau gwaith):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="58" />
      <source>Effective &amp;from:</source>
      <translation>Yn weithredol &amp;o:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="63" />
      <source>The change takes effect only when a different manager approves it. Duties already open keep the version they were created under.</source>
      <translation>Daw'r newid i rym dim ond pan fydd rheolwr gwahanol yn ei gymeradwyo. Mae dyletswyddau sydd eisoes ar agor yn cadw'r fersiwn y'u crëwyd oddi tani.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="97" />
      <source>Duty</source>
      <translation>Dyletswydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="98" />
      <source>Version</source>
      <translation>Fersiwn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="99" />
      <source>Standard</source>
      <translation>Safonol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="100" />
      <source>Enhanced</source>
      <translation>Uwch</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="101" />
      <source>Held by</source>
      <translation>Gan bwy</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="102" />
      <source>Basis</source>
      <translation>Sail</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="105" />
      <source>Proposed by</source>
      <translation>Cynigiwyd gan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="106" />
      <source>Approved by</source>
      <translation>Cymeradwywyd gan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="113" />
      <source>&amp;Propose a change…</source>
      <translation>Cy&amp;nnig newid…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="114" />
      <source>&amp;Approve</source>
      <translation>C&amp;ymeradwyo</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="115" />
      <source>&amp;Reject</source>
      <translation>Gwrt&amp;hod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="157" />
      <source>Approve the change</source>
      <translation>Cymeradwyo'r newid</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="157" />
      <source>Reject the change</source>
      <translation>Gwrthod y newid</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="159" />
      <source>Approve version {version} of “{duty}”, effective {date}? Reason given: {reason}</source>
      <translation>Cymeradwyo fersiwn {version} o “{duty}”, yn weithredol o {date}? Y rheswm a roddwyd: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/duty_rules.py" line="161" />
      <source>Reject version {version} of “{duty}”, effective {date}? Reason given: {reason}</source>
      <translation>Gwrthod fersiwn {version} o “{duty}”, yn weithredol o {date}? Y rheswm a roddwyd: {reason}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="17" />
      <source>Home</source>
      <translation>Hafan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="23" />
      <source>local operator</source>
      <translation>gweithredwr lleol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="27" />
      <source>&lt;h2&gt;Hello, {name}&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Helo, {name}&lt;/h2&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="28" />
      <source>&lt;p&gt;You are signed in to &lt;b&gt;{service}&lt;/b&gt; as {roles}.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Rydych wedi mewngofnodi i &lt;b&gt;{service}&lt;/b&gt; fel {roles}.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="33" />
      <source>&lt;p&gt;Your pages:&lt;/p&gt;</source>
      <translation>&lt;p&gt;Eich tudalennau:&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/home.py" line="35" />
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
      <location filename="../../ui/pages/panels.py" line="37" />
      <source>&lt;b&gt;Due for a panel&lt;/b&gt; — referral orders (the first panel within 20 working days of the order) and out-of-court cases still to be decided</source>
      <translation>&lt;b&gt;Angen panel&lt;/b&gt; — gorchmynion atgyfeirio (y panel cyntaf o fewn 20 diwrnod gwaith i'r gorchymyn) ac achosion y tu allan i'r llys sydd eto i'w penderfynu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="46" />
      <source>Child</source>
      <translation>Plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="49" />
      <source>Panel due by</source>
      <translation>Panel erbyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="49" />
      <source>no date yet</source>
      <translation>dim dyddiad eto</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="53" />
      <source>Due for a panel</source>
      <translation>Angen panel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="55" />
      <source>&amp;Schedule a panel…</source>
      <translation>T&amp;refnu panel…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="69" />
      <source>Panel</source>
      <translation>Y panel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="72" />
      <source>Victims' views</source>
      <translation>Barn dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="73" />
      <source>{recorded} of {victims}</source>
      <translation>{recorded} o {victims}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="75" />
      <source>Invited</source>
      <translation>Gwahoddwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="76" />
      <source>Attended</source>
      <translation>Mynychodd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="77" />
      <source>Impact statement</source>
      <translation>Datganiad effaith</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="78" />
      <source>Members</source>
      <translation>Aelodau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="81" />
      <source>Panel diary</source>
      <translation>Dyddiadur paneli</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="87" />
      <source>Record the &amp;outcome…</source>
      <translation>Cofnodi'r c&amp;anlyniad…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="88" />
      <source>&amp;Move…</source>
      <translation>&amp;Symud…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="89" />
      <source>&amp;Cancel the panel…</source>
      <translation>Canslo'r &amp;panel…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/panels.py" line="110" />
      <source>&lt;b&gt;Panel diary&lt;/b&gt; — {start} to {end}</source>
      <translation>&lt;b&gt;Dyddiadur paneli&lt;/b&gt; — {start} i {end}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="68" />
      <source>{amount:g} h</source>
      <translation>{amount:g} awr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="68" />
      <source>{amount:g} days</source>
      <translation>{amount:g} diwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="103" />
      <source>&amp;Today</source>
      <translation>&amp;Heddiw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="104" />
      <source>&amp;Projects</source>
      <translation>&amp;Prosiectau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="105" />
      <source>P&amp;lacements</source>
      <translation>&amp;Lleoliadau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="108" />
      <source>&amp;Compliance</source>
      <translation>C&amp;ydymffurfio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="118" />
      <source>Day</source>
      <translation>Diwrnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="119" />
      <source>&amp;My sessions only</source>
      <translation>Fy sesiynau &amp;i yn unig</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="120" />
      <source>&amp;New session…</source>
      <translation>Sesiwn &amp;newydd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="121" />
      <source>Da&amp;y:</source>
      <translation>Diwrno&amp;d:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="131" />
      <source>Sessions</source>
      <translation>Sesiynau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="141" />
      <source>Choose a session.</source>
      <translation>Dewiswch sesiwn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="146" />
      <source>Attendance</source>
      <translation>Presenoldeb</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="148" />
      <source>To do</source>
      <translation>I'w wneud</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="148" />
      <source>Reason given / notes</source>
      <translation>Rheswm a roddwyd / nodiadau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="156" />
      <source>All &amp;attended</source>
      <translation>Pawb wedi &amp;mynychu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="157" />
      <source>&amp;Save attendance</source>
      <translation>C&amp;adw'r presenoldeb</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="158" />
      <source>Si&amp;gn off</source>
      <translation>Ll&amp;ofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="159" />
      <source>Co&amp;rrect a mark…</source>
      <translation>Cywi&amp;ro marc…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="160" />
      <source>A&amp;dd a child…</source>
      <translation>Ychwanegu plen&amp;tyn…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="204" />
      <source>{starts}–{ends} {project_name}{signed}
{expected} of {capacity} children</source>
      <translation>{starts}–{ends} {project_name}{signed}
{expected} o {capacity} o blant</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="235" />
      <source>No sessions on this day.</source>
      <translation>Dim sesiynau ar y diwrnod hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="239" />
      <source> · on-site contact: {site_contact}</source>
      <translation> · cyswllt ar y safle: {site_contact}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="244" />
      <source> · &lt;b&gt;signed off&lt;/b&gt; by {signed_off_by}</source>
      <translation> · &lt;b&gt;wedi'i lofnodi&lt;/b&gt; gan {signed_off_by}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="250" />
      <source>no site recorded</source>
      <translation>dim safle wedi'i gofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="258" />
      <source>— not marked —</source>
      <translation>— heb ei farcio —</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="262" />
      <source>Outcome for {child_name}</source>
      <translation>Canlyniad i {child_name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="269" />
      <source>Credit for {child_name}</source>
      <translation>Credyd i {child_name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="271" />
      <source>Reason or notes for {child_name}</source>
      <translation>Rheswm neu nodiadau i {child_name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="393" />
      <source>Correct a signed-off mark</source>
      <translation>Cywiro marc wedi'i lofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="396" />
      <source>&amp;Outcome:</source>
      <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="398" />
      <source>Reason &amp;given:</source>
      <translation>Rheswm a &amp;roddwyd:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="399" />
      <source>&amp;Why it is corrected:</source>
      <translation>Pam mae'n cael ei g&amp;ywiro:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="402" />
      <source>The original mark is kept, with who corrected it and why.</source>
      <translation>Cedwir y marc gwreiddiol, gyda phwy a'i cywirodd a pham.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="424" />
      <source>{name} (up to {capacity})</source>
      <translation>{name} (hyd at {capacity})</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="427" />
      <source>— not yet —</source>
      <translation>— ddim eto —</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="435" />
      <source>Children expected</source>
      <translation>Plant a ddisgwylir</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="444" />
      <source>{child_name} ({child_cms_ref}) — {amount_text} to do</source>
      <translation>{child_name} ({child_cms_ref}) — {amount_text} i'w wneud</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="470" />
      <source>New reparation session</source>
      <translation>Sesiwn gwneud iawn newydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="472" />
      <source>&amp;Project:</source>
      <translation>&amp;Prosiect:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="473" />
      <source>&amp;Day:</source>
      <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="474" />
      <source>&amp;Starts:</source>
      <translation>Dechr&amp;au:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="475" />
      <source>&amp;Ends:</source>
      <translation>&amp;Gorffen:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="477" />
      <source>&amp;Children expected:</source>
      <translation>P&amp;lant a ddisgwylir:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="480" />
      <source>Refused when the project's risk assessment has expired, the children exceed its capacity or the site is inside a child's exclusion zone.</source>
      <translation>Gwrthodir pan fydd asesiad risg y prosiect wedi dod i ben, pan fydd y plant yn fwy na'i gapasiti neu pan fydd y safle o fewn parth gwahardd plentyn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="509" />
      <source>Add a child — {project_name}</source>
      <translation>Ychwanegu plentyn — {project_name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="525" />
      <source>Partner</source>
      <translation>Sefydliad partner</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="526" />
      <source>Mode</source>
      <translation>Modd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="527" />
      <source>Per session</source>
      <translation>Fesul sesiwn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="530" />
      <source>Risk assessment</source>
      <translation>Asesiad risg</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="534" />
      <source> (review {date})</source>
      <translation> (adolygu {date})</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="540" />
      <source>Availability</source>
      <translation>Argaeledd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="541" />
      <source>Children placed</source>
      <translation>Plant wedi'u lleoli</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="545" />
      <source>Projects</source>
      <translation>Prosiectau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="548" />
      <source>&amp;New project…</source>
      <translation>Prosiect &amp;newydd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="549" />
      <source>E&amp;dit…</source>
      <translation>Golyg&amp;u…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="550" />
      <source>&amp;Risk assessment…</source>
      <translation>Asesiad &amp;risg…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="551" />
      <source>&amp;Supervisors…</source>
      <translation>G&amp;oruchwylwyr…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="573" />
      <source>Supervisors</source>
      <translation>Goruchwylwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="592" />
      <source>Supervisors — {name}</source>
      <translation>Goruchwylwyr — {name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="641" />
      <source>New project</source>
      <translation>Prosiect newydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="641" />
      <source>Project — {name}</source>
      <translation>Prosiect — {name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="644" />
      <source>&amp;Partner organisation:</source>
      <translation>Sefydliad &amp;partner:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="645" />
      <source>&amp;Site:</source>
      <translation>&amp;Safle:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="646" />
      <source>Site &amp;postcode:</source>
      <translation>Cod &amp;post y safle:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="647" />
      <source>&amp;Activities:</source>
      <translation>&amp;Gweithgareddau:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="648" />
      <source>&amp;Mode:</source>
      <translation>&amp;Modd:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="649" />
      <source>&amp;Children per session:</source>
      <translation>&amp;Plant fesul sesiwn:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="651" />
      <source>S&amp;uits offences like:</source>
      <translation>Addas i dr&amp;oseddau fel:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="656" />
      <source>Suitable offences are a suggestion, never a block.</source>
      <translation>Awgrym yw troseddau addas, byth rhwystr.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="669" />
      <source>Health-and-safety risk assessment — {name}</source>
      <translation>Asesiad risg iechyd a diogelwch — {name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="670" />
      <source>&amp;Assessed on:</source>
      <translation>&amp;Aseswyd ar:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="670" />
      <source>&amp;Review by:</source>
      <translation>Ad&amp;olygu erbyn:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="672" />
      <source>Once the review date passes, no new session can be booked until it is renewed.</source>
      <translation>Unwaith y bydd y dyddiad adolygu wedi mynd heibio, ni ellir trefnu sesiwn newydd nes ei adnewyddu.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="682" />
      <source>Show completed and ended placements</source>
      <translation>Dangos lleoliadau wedi'u cwblhau a'u dod i ben</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="687" />
      <source> — direct</source>
      <translation> — uniongyrchol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="688" />
      <source>Requirement</source>
      <translation>Gofyniad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="690" />
      <source>Done</source>
      <translation>Wedi'i wneud</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="691" />
      <source>{delivered:g} of {amount_text}</source>
      <translation>{delivered:g} o {amount_text}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="695" />
      <source>Progress</source>
      <translation>Cynnydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="696" />
      <source>Due by</source>
      <translation>Erbyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="700" />
      <source>completed {date}</source>
      <translation>cwblhawyd {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="707" />
      <source>Placements</source>
      <translation>Lleoliadau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="712" />
      <source>Pl&amp;ace a child…</source>
      <translation>Lleoli ple&amp;ntyn…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="713" />
      <source>&amp;Open</source>
      <translation>&amp;Agor</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="714" />
      <source>Emergency and &amp;medical…</source>
      <translation>Argyfwng a &amp;meddygol…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="715" />
      <source>Ce&amp;rtificate…</source>
      <translation>Ty&amp;stysgrif…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="716" />
      <source>Letter to the famil&amp;y…</source>
      <translation>Llythyr i'r &amp;teulu…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="717" />
      <source>When a placement is completed: a letter to the child's parent or carer</source>
      <translation>Pan fydd lleoliad wedi'i gwblhau: llythyr i riant neu ofalwr y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="718" />
      <source>E&amp;nd early…</source>
      <translation>&amp;Dod i ben yn gynnar…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="745" />
      <source>Select a placement first.</source>
      <translation>Dewiswch leoliad yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="771" />
      <source>Photo consent given</source>
      <translation>Caniatâd i dynnu lluniau wedi'i roi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="772" />
      <source>Reparation to a specific person</source>
      <translation>Gwneud iawn i berson penodol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="773" />
      <source>…who has consented</source>
      <translation>…sydd wedi cydsynio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="774" />
      <source>Parent/carer placement agreement signed today</source>
      <translation>Cytundeb lleoliad y rhiant/gofalwr wedi'i lofnodi heddiw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="814" />
      <source>Place a child on a project</source>
      <translation>Lleoli plentyn ar brosiect</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="816" />
      <source>&amp;Order:</source>
      <translation>&amp;Gorchymyn:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="818" />
      <source>&amp;Requirement:</source>
      <translation>G&amp;ofyniad:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="819" />
      <source>&amp;Hours or days:</source>
      <translation>&amp;Oriau neu ddiwrnodau:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="821" />
      <source>&amp;Due by:</source>
      <translation>&amp;Erbyn:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="822" />
      <source>Kind of reparation the &amp;victim asked for:</source>
      <translation>Y math o wneud iawn y gofynnodd y &amp;dioddefwr amdano:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="823" />
      <source>Placements &amp;unsuitable, and why:</source>
      <translation>Lleoliadau &amp;anaddas, a pham:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="828" />
      <source>&amp;Emergency contact (restricted):</source>
      <translation>Cyswllt &amp;brys (cyfyngedig):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="829" />
      <source>&amp;Medical information (restricted):</source>
      <translation>Gwybodaeth &amp;feddygol (cyfyngedig):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="830" />
      <source>Direct reparation: site &amp;address:</source>
      <translation>Gwneud iawn uniongyrchol: cyfeiriad y &amp;safle:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="831" />
      <source>Site p&amp;ostcode:</source>
      <translation>Cod p&amp;ost y safle:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="832" />
      <source>On-site &amp;contact:</source>
      <translation>&amp;Cyswllt ar y safle:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="835" />
      <source>Never the victim's name: the supervisor sees only the site, its contact and the times.</source>
      <translation>Byth enw'r dioddefwr: dim ond y safle, ei gyswllt a'r amseroedd y mae'r goruchwyliwr yn eu gweld.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="851" />
      <source>acceptable</source>
      <translation>derbyniol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="851" />
      <source>unacceptable</source>
      <translation>annerbyniol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="853" />
      <source> · corrected</source>
      <translation> · wedi'i gywiro</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="853" />
      <source> · warned</source>
      <translation> · wedi'i rybuddio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="859" />
      <source>not marked</source>
      <translation>heb ei farcio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="865" />
      <source>Project</source>
      <translation>Prosiect</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="865" />
      <source>Outcome</source>
      <translation>Canlyniad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="865" />
      <source>Credit</source>
      <translation>Credyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="867" />
      <source>{requirement}: {delivered:g} of {amount} done, {remaining} to do</source>
      <translation>{requirement}: {delivered:g} o {amount} wedi'i wneud, {remaining} i'w wneud</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="874" />
      <source>, due by {date}</source>
      <translation>, erbyn {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="875" />
      <source>not yet</source>
      <translation>ddim eto</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="879" />
      <source>Status: {status}.</source>
      <translation>Statws: {status}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="881" />
      <source>Victim asked for: {wish} · photo consent: {photos} · parent/carer agreement: {agreement}</source>
      <translation>Gofynnodd y dioddefwr am: {wish} · caniatâd lluniau: {photos} · cytundeb rhiant/gofalwr: {agreement}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="882" />
      <source>nothing in particular</source>
      <translation>dim byd penodol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="887" />
      <source>&lt;b&gt;Compliance:&lt;/b&gt; {state}</source>
      <translation>&lt;b&gt;Cydymffurfio:&lt;/b&gt; {state}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="893" />
      <source>Placement — {child_cms_ref}</source>
      <translation>Lleoliad — {child_cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="908" />
      <source>Emergency and medical — {child_cms_ref}</source>
      <translation>Argyfwng a meddygol — {child_cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="909" />
      <source>Emergency contact: {contact}
Medical information: {medical}
Unsuitable placements: {unsuitable}

This view is audited.</source>
      <translation>Cyswllt brys: {contact}
Gwybodaeth feddygol: {medical}
Lleoliadau anaddas: {unsuitable}

Caiff yr edrych hwn ei archwilio.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="913" />
      <source>none recorded</source>
      <translation>dim wedi'i gofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="926" />
      <source>Save the completion certificate</source>
      <translation>Cadw'r dystysgrif cwblhau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="937" />
      <source>Saved {target}.</source>
      <translation>Wedi cadw {target}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="955" />
      <source>End the placement early — {child_cms_ref}</source>
      <translation>Dod â'r lleoliad i ben yn gynnar — {child_cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="958" />
      <source>What was delivered stays recorded.</source>
      <translation>Mae'r hyn a gyflawnwyd yn aros wedi'i gofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="969" />
      <source>Absences from reparation for your children (a manager sees every child). Decide whether each was acceptable and whether to warn; rjdesk counts unacceptable failures against the order's threshold.</source>
      <translation>Absenoldebau o wneud iawn ar gyfer eich plant (mae rheolwr yn gweld pob plentyn). Penderfynwch a oedd pob un yn dderbyniol ac a ddylid rhybuddio; mae rjdesk yn cyfrif methiannau annerbyniol yn erbyn trothwy'r gorchymyn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="981" />
      <source>Reason given</source>
      <translation>Rheswm a roddwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="983" />
      <source>Compliance so far</source>
      <translation>Cydymffurfio hyd yma</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="986" />
      <source>Absences to decide</source>
      <translation>Absenoldebau i'w penderfynu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="989" />
      <source>&amp;Decide…</source>
      <translation>Pende&amp;rfynu…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="1003" />
      <source>The absence was acceptable</source>
      <translation>Roedd yr absenoldeb yn dderbyniol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="1004" />
      <source>A warning was given</source>
      <translation>Rhoddwyd rhybudd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="1022" />
      <source>Absence — {child_cms_ref} on {date}</source>
      <translation>Absenoldeb — {child_cms_ref} ar {date}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reparation.py" line="1060" />
      <source>Reparation placements</source>
      <translation>Lleoliadau gwneud iawn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="70" />
      <source>Quarter</source>
      <translation>Chwarter</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="73" />
      <source>Strict current consent</source>
      <translation>Caniatâd cyfredol llym</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="74" />
      <source>Save &amp;PDF…</source>
      <translation>Cadw &amp;PDF…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="75" />
      <source>Save &amp;CSV…</source>
      <translation>Cadw CS&amp;V…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="76" />
      <source>Save &amp;XLSX…</source>
      <translation>Cadw &amp;XLSX…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="77" />
      <source>Quarter:</source>
      <translation>Chwarter:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="81" />
      <source>C&amp;omparators…</source>
      <translation>C&amp;ymharwyr…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="93" />
      <source>KPI 10 measures chart</source>
      <translation>Siart mesurau DPA 10</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="98" />
      <source>Measure</source>
      <translation>Mesur</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="99" />
      <source>What it counts</source>
      <translation>Beth mae'n ei gyfrif</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="101" />
      <source>Quarter before</source>
      <translation>Y chwarter cynt</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="102" />
      <source>A year before</source>
      <translation>Flwyddyn ynghynt</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="103" />
      <source>Comparators</source>
      <translation>Cymharwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="106" />
      <source>KPI 10 measures</source>
      <translation>Mesurau DPA 10</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="118" />
      <source>Consent</source>
      <translation>Caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="119" />
      <source>Engaged</source>
      <translation>Wedi ymgysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="126" />
      <source>Records behind the figure</source>
      <translation>Cofnodion y tu ôl i'r ffigur</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="131" />
      <source>&amp;KPI 10</source>
      <translation>DPA &amp;10</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="138" />
      <source>Funnel period from</source>
      <translation>Cyfnod y twndis o</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="139" />
      <source>Funnel period to</source>
      <translation>Cyfnod y twndis i</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="140" />
      <source>Save P&amp;DF…</source>
      <translation>Cadw P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="141" />
      <source>Save X&amp;LSX…</source>
      <translation>Cadw X&amp;LSX…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="144" />
      <source>to:</source>
      <translation>i:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="150" />
      <source>Victim engagement chart</source>
      <translation>Siart ymgysylltiad dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="152" />
      <source>Step</source>
      <translation>Cam</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="152" />
      <source>Count</source>
      <translation>Nifer</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="153" />
      <source>Victim engagement funnel</source>
      <translation>Twndis ymgysylltiad dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="158" />
      <source>Victim en&amp;gagement</source>
      <translation>Ymgysylltiad d&amp;ioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="167" />
      <source>Characteristic</source>
      <translation>Nodwedd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="168" />
      <source>Group</source>
      <translation>Grŵp</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="170" />
      <source>Consented</source>
      <translation>Wedi cydsynio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="174" />
      <source>KPI 10 by characteristic</source>
      <translation>DPA 10 yn ôl nodwedd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="179" />
      <source>By charac&amp;teristic</source>
      <translation>Yn ôl &amp;nodwedd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="185" />
      <source>Board report period from</source>
      <translation>Cyfnod adroddiad y bwrdd o</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="186" />
      <source>Board report period to</source>
      <translation>Cyfnod adroddiad y bwrdd i</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="188" />
      <source>Section</source>
      <translation>Adran</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="189" />
      <source>Save board &amp;report (PDF)…</source>
      <translation>Cadw &amp;adroddiad y bwrdd (PDF)…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="190" />
      <source>Save as &amp;workbook…</source>
      <translation>Cadw fel llyfr gwai&amp;th…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="191" />
      <source>Section as C&amp;SV…</source>
      <translation>Adran fel C&amp;SV…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="192" />
      <source>Section:</source>
      <translation>Adran:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="202" />
      <source>Board report section chart</source>
      <translation>Siart adran adroddiad y bwrdd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="205" />
      <source>Board report section</source>
      <translation>Adran adroddiad y bwrdd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="208" />
      <source>Commentary on this section (printed under its table):</source>
      <translation>Sylwebaeth ar yr adran hon (wedi'i hargraffu o dan ei thabl):</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="210" />
      <source>Commentary on this section</source>
      <translation>Sylwebaeth ar yr adran hon</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="214" />
      <source>Save the co&amp;mmentary</source>
      <translation>Cadw'r sylw&amp;ebaeth</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="221" />
      <source>&amp;Board report</source>
      <translation>Adroddiad y &amp;bwrdd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="304" />
      <source>This section has no counts to chart.</source>
      <translation>Nid oes gan yr adran hon gyfrifon i'w siartio.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="329" />
      <source>Save the section as CSV</source>
      <translation>Cadw'r adran fel CSV</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="342" />
      <source>The commentary is saved with this period's report.</source>
      <translation>Cedwir y sylwebaeth gydag adroddiad y cyfnod hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="353" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="355" />
      <source>Save the board report</source>
      <translation>Cadw adroddiad y bwrdd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="368" />
      <source>No measure has a denominator this quarter.</source>
      <translation>Nid oes enwadur gan unrhyw fesur y chwarter hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="371" />
      <source>{consent_rule} Engagement mapping version {mapping_version}. As of {date}.</source>
      <translation>{consent_rule} Fersiwn mapio ymgysylltu {mapping_version}. Fel ar {date}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="379" />
      <source>Choose a figure to see the records behind it.</source>
      <translation>Dewiswch ffigur i weld y cofnodion y tu ôl iddo.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="381" />
      <source>Figures only: the records behind them are for managers.</source>
      <translation>Ffigurau yn unig: mae'r cofnodion y tu ôl iddynt ar gyfer rheolwyr.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="401" />
      <source>London, headline, 52</source>
      <translation>Llundain, pennawd, 52</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="418" />
      <source>KPI 10 comparators</source>
      <translation>Cymharwyr DPA 10</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="419" />
      <source>&amp;One per line — name, measure, percentage:</source>
      <translation>&amp;Un i bob llinell — enw, mesur, canran:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="421" />
      <source>Published figures to set ours against, e.g. 'London, headline, 52'. Measures: </source>
      <translation>Ffigurau cyhoeddedig i osod ein rhai ni yn eu herbyn, e.e. 'Llundain, pennawd, 52'. Mesurau: </translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="429" />
      <source>KPI 10 for {label} by the child's ethnicity, gender and age and by victim type. Counts from 1 to {value} show as &lt;{threshold} (the service's small-number threshold, in Administration).</source>
      <translation>DPA 10 ar gyfer {label} yn ôl ethnigrwydd, rhywedd ac oedran y plentyn ac yn ôl math o ddioddefwr. Mae cyfrifon o 1 i {value} yn ymddangos fel &lt;{threshold} (trothwy rhifau bach y gwasanaeth, yn Gweinyddu).</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="452" />
      <source>{measure}: {behind} record(s) behind the figure {text}</source>
      <translation>{measure}: {behind} cofnod y tu ôl i'r ffigur {text}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="466" />
      <source>RJ activity: {kind}</source>
      <translation>Gweithgaredd CA: {kind}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="502" />
      <source>Save KPI 10 as PDF</source>
      <translation>Cadw DPA 10 fel PDF</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="511" />
      <source>Save KPI 10 as a workbook</source>
      <translation>Cadw DPA 10 fel llyfr gwaith</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="522" />
      <source>Save the funnel as a workbook</source>
      <translation>Cadw'r twndis fel llyfr gwaith</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="533" />
      <source>Save KPI 10 as CSV</source>
      <translation>Cadw DPA 10 fel CSV</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="540" />
      <source>Save the funnel as PDF</source>
      <translation>Cadw'r twndis fel PDF</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="550" />
      <source>Victim engagement</source>
      <translation>Ymgysylltiad dioddefwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="554" />
      <source>Board report</source>
      <translation>Adroddiad y bwrdd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="555" />
      <source>YJB KPI 10 — {label}</source>
      <translation>DPA 10 BCI — {label}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="573" />
      <source>Reference</source>
      <translation>Cyfeirnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="576" />
      <source>Detail</source>
      <translation>Manylion</translation>
    </message>
    <message>
      <location filename="../../ui/pages/reports.py" line="595" />
      <source>{figure}: {lines} record(s) behind the figure.</source>
      <translation>{figure}: {lines} cofnod y tu ôl i'r ffigur.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="38" />
      <source>Keep {reference} longer</source>
      <translation>Cadw {reference} yn hirach</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="41" />
      <source>Keep until</source>
      <translation>Cadw tan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="43" />
      <source>Why the record is kept</source>
      <translation>Pam mae'r cofnod yn cael ei gadw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="44" />
      <source>e.g. a civil claim is pending; the victim asked for it to be kept</source>
      <translation>e.e. mae hawliad sifil yn yr arfaeth; gofynnodd y dioddefwr iddo gael ei gadw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="45" />
      <source>Keep &amp;until:</source>
      <translation>Cadw &amp;tan:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="75" />
      <source>Last order ended</source>
      <translation>Daeth y gorchymyn olaf i ben</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="76" />
      <source>Last contact</source>
      <translation>Cyswllt olaf</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="77" />
      <source>Review due</source>
      <translation>Adolygiad yn ddyledus</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="78" />
      <source>Was kept until</source>
      <translation>Fe'i cadwyd tan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="81" />
      <source>Records due for review</source>
      <translation>Cofnodion i'w hadolygu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="87" />
      <source>&amp;Keep longer…</source>
      <translation>Cadw'n &amp;hirach…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="88" />
      <source>Destr&amp;oy the record…</source>
      <translation>Dinistrio'r c&amp;ofnod…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="89" />
      <source>Irreversible: the record and everything about it are destroyed</source>
      <translation>Ni ellir ei ddadwneud: dinistrir y cofnod a phopeth amdano</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="94" />
      <source>&amp;Due for review</source>
      <translation>I'w hadol&amp;ygu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="98" />
      <source>Destroyed</source>
      <translation>Dinistriwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="101" />
      <source>{kind} no. {number}</source>
      <translation>{kind} rhif {number}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="103" />
      <source>Review was due</source>
      <translation>Roedd adolygiad yn ddyledus</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="104" />
      <source>Policy</source>
      <translation>Polisi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="104" />
      <source>{years} years</source>
      <translation>{years} mlynedd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="105" />
      <source>Rows destroyed</source>
      <translation>Rhesi a ddinistriwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="106" />
      <source>Audit entries redacted</source>
      <translation>Cofnodion archwilio a olygwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="107" />
      <source>By</source>
      <translation>Gan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="110" />
      <source>Destruction log</source>
      <translation>Log dinistrio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="113" />
      <source>Destruction &amp;log</source>
      <translation>&amp;Log dinistrio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="126" />
      <source>Victim records are reviewed {years} years after the later of the end of the last linked order and the last contact. An administrator sets the number of years.</source>
      <translation>Caiff cofnodion dioddefwyr eu hadolygu {years} mlynedd ar ôl y diweddaraf o ddiwedd y gorchymyn cysylltiedig olaf a'r cyswllt olaf. Mae gweinyddwr yn gosod nifer y blynyddoedd.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="135" />
      <source>Nothing is due.</source>
      <translation>Does dim byd yn ddyledus.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="135" />
      <source>Records due for review: {count}.</source>
      <translation>Cofnodion i'w hadolygu: {count}.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="141" />
      <source>Choose a record in the list first.</source>
      <translation>Dewiswch gofnod yn y rhestr yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="157" />
      <source>Destroy the record</source>
      <translation>Dinistrio'r cofnod</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="158" />
      <source>This destroys {reference} and everything about this person — contacts, consent, views, documents, RJ work — for good. The audit trail keeps who did what, without the details.

Type the reference {reference} to confirm:</source>
      <translation>Mae hyn yn dinistrio {reference} a phopeth am y person hwn — cysylltiadau, caniatâd, barn, dogfennau, gwaith CA — am byth. Mae'r trywydd archwilio yn cadw pwy wnaeth beth, heb y manylion.

Teipiwch y cyfeirnod {reference} i gadarnhau:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="167" />
      <source>The reference typed does not match: nothing was destroyed.</source>
      <translation>Nid yw'r cyfeirnod a deipiwyd yn cyfateb: ni ddinistriwyd dim.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/retention.py" line="175" />
      <source>Destroyed: {rows} rows; {entries} audit entries redacted. The destruction log records it.</source>
      <translation>Dinistriwyd: {rows} rhes; golygwyd {entries} cofnod archwilio. Mae'r log dinistrio yn ei gofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="58" />
      <source>All open stages</source>
      <translation>Pob cam agored</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="61" />
      <source>Stage</source>
      <translation>Cam</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="62" />
      <source>&amp;Refer for RJ…</source>
      <translation>A&amp;tgyfeirio ar gyfer CA…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="64" />
      <source>Stage:</source>
      <translation>Cam:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="72" />
      <source> — paused</source>
      <translation> — wedi'i oedi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="76" />
      <source>Referred</source>
      <translation>Atgyfeiriwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="77" />
      <source>Sensitive</source>
      <translation>Sensitif</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="80" />
      <source>RJ processes</source>
      <translation>Prosesau CA</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="82" />
      <source>&amp;Pipeline</source>
      <translation>&amp;Piblinell</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="88" />
      <source>Flag</source>
      <translation>Baner</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="88" />
      <source>⚠ decision near</source>
      <translation>⚠ penderfyniad yn agos</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="92" />
      <source>Decision / panel</source>
      <translation>Penderfyniad / panel</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="95" />
      <source>Orders to screen</source>
      <translation>Gorchmynion i'w sgrinio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="97" />
      <source>Scree&amp;n the selected order…</source>
      <translation>Sgrinio'r gorchymyn a &amp;ddewiswyd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="99" />
      <source>&amp;Screening</source>
      <translation>&amp;Sgrinio</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="105" />
      <source>Kind</source>
      <translation>Math</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="106" />
      <source>Venue</source>
      <translation>Lleoliad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="110" />
      <source>Conferences</source>
      <translation>Cynadleddau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="114" />
      <source>Conference calendar</source>
      <translation>Calendr cynadleddau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="117" />
      <source>Conference calendar days</source>
      <translation>Dyddiau calendr cynadleddau</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="120" />
      <source>Year</source>
      <translation>Blwyddyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="130" />
      <source>On</source>
      <translation>Ar</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="132" />
      <source>With</source>
      <translation>Gyda</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="137" />
      <source>Preparation meetings</source>
      <translation>Cyfarfodydd paratoi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="140" />
      <source>&amp;Calendar</source>
      <translation>Ca&amp;lendr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="147" />
      <source>Due</source>
      <translation>Erbyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="149" />
      <source>Item</source>
      <translation>Eitem</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="150" />
      <source>Owner</source>
      <translation>Perchennog</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="153" />
      <source>Overd&amp;ue items</source>
      <translation>Eitemau &amp;hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="153" />
      <source>Overdue agreement items</source>
      <translation>Eitemau cytundeb hwyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="157" />
      <source>Facilitator</source>
      <translation>Hwylusydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="158" />
      <source>RJC level</source>
      <translation>Lefel RJC</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="160" />
      <source>Supervision due</source>
      <translation>Goruchwyliaeth yn ddyledus</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="164" />
      <source>never supervised</source>
      <translation>heb ei oruchwylio erioed</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="167" />
      <source>Observed</source>
      <translation>Arsylwyd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="167" />
      <source>in date</source>
      <translation>mewn dyddiad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="169" />
      <source>CPD (12 months)</source>
      <translation>DPP (12 mis)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="170" />
      <source>{cpd_hours:g} of {cpd_required} h</source>
      <translation>{cpd_hours:g} o {cpd_required} awr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="174" />
      <source>needs attention</source>
      <translation>angen sylw</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="179" />
      <source>Facilitators</source>
      <translation>Hwyluswyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="182" />
      <source>Facilitator's &amp;record…</source>
      <translation>Cof&amp;nod yr hwylusydd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="183" />
      <source>Add CP&amp;D…</source>
      <translation>Ychwan&amp;egu DPP…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="190" />
      <source>F&amp;acilitators</source>
      <translation>Hwyl&amp;uswyr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="199" />
      <source>Restorative activity</source>
      <translation>Gweithgaredd adferol</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="200" />
      <source>Counts as engagement</source>
      <translation>Yn cyfrif fel ymgysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="203" />
      <source>Engagement mapping</source>
      <translation>Mapio ymgysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="204" />
      <source>Publish a ne&amp;w version…</source>
      <translation>Cyhoe&amp;ddi fersiwn newydd…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="210" />
      <source>Engage&amp;ment mapping</source>
      <translation>&amp;Mapio ymgysylltu</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="247" />
      <source>&lt;b&gt;Version {version}&lt;/b&gt; is in force. A victim counts as engaged in RJ (KPI 10) when they actively take part in an activity marked yes; every KPI report names the version it used. A manager publishes a new version; engagement already derived is derived again under it.</source>
      <translation>Mae &lt;b&gt;fersiwn {version}&lt;/b&gt; mewn grym. Mae dioddefwr yn cyfrif fel un sydd wedi ymgysylltu â CA (DPA 10) pan fydd yn cymryd rhan weithredol mewn gweithgaredd a farciwyd ie; mae pob adroddiad DPA yn enwi'r fersiwn a ddefnyddiodd. Mae rheolwr yn cyhoeddi fersiwn newydd; caiff ymgysylltu a ddeilliwyd eisoes ei ddeillio eto oddi tani.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="264" />
      <source>&amp;Why it changes:</source>
      <translation>&amp;Pam mae'n newid:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="272" />
      <source>Publish a new engagement mapping</source>
      <translation>Cyhoeddi mapio ymgysylltu newydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="275" />
      <source>Ticked activities count as engagement when the victim actively took part.</source>
      <translation>Mae gweithgareddau wedi'u ticio yn cyfrif fel ymgysylltu pan gymerodd y dioddefwr ran weithredol.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="281" />
      <source>RJ pipeline</source>
      <translation>Piblinell CA</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="293" />
      <source>&lt;b&gt;Week of {date}&lt;/b&gt;</source>
      <translation>&lt;b&gt;Wythnos {date}&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="349" />
      <source>Refer for RJ — the child's case</source>
      <translation>Atgyfeirio ar gyfer CA — achos y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="358" />
      <source> (already referred)</source>
      <translation> (eisoes wedi'i atgyfeirio)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="369" />
      <source>Refer for RJ — the victim</source>
      <translation>Atgyfeirio ar gyfer CA — y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="370" />
      <source>&amp;Victim:</source>
      <translation>&amp;Dioddefwr:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="370" />
      <source>&amp;Sensitive offence:</source>
      <translation>Trosedd &amp;sensitif:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="372" />
      <source>A sensitive offence (sexual or domestic abuse, hate crime, stalking, exploitation) needs a manager's sign-off of the assessment before preparation.</source>
      <translation>Mae trosedd sensitif (cam-drin rhywiol neu ddomestig, trosedd casineb, stelcian, camfanteisio) angen i reolwr lofnodi'r asesiad cyn paratoi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="392" />
      <source>&amp;Approach:</source>
      <translation>&amp;Dull gweithredu:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="393" />
      <source>&amp;Reasons:</source>
      <translation>&amp;Rhesymau:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="394" />
      <source>Screened &amp;on:</source>
      <translation>Sgriniwyd &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="404" />
      <source>RJ screening — {child_cms_ref}</source>
      <translation>Sgrinio CA — {child_cms_ref}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="424" />
      <source>Facilitator's record</source>
      <translation>Cofnod yr hwylusydd</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="426" />
      <source>&amp;Person:</source>
      <translation>&amp;Unigolyn:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="427" />
      <source>RJC &amp;level:</source>
      <translation>&amp;Lefel RJC:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="428" />
      <source>Last &amp;supervision:</source>
      <translation>&amp;Goruchwyliaeth olaf:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="429" />
      <source>Last &amp;observed practice:</source>
      <translation>&amp;Arfer a arsylwyd ddiwethaf:</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="436" />
      <source>Supervision at least every 12 weeks, observed practice yearly; CPD 6 / 12 / 16 hours a year.</source>
      <translation>Goruchwyliaeth o leiaf bob 12 wythnos, arsylwi arfer bob blwyddyn; DPP 6 / 12 / 16 awr y flwyddyn.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="454" />
      <source>CPD — {display_name}</source>
      <translation>DPP — {display_name}</translation>
    </message>
    <message>
      <location filename="../../ui/pages/rj.py" line="455" />
      <source>&amp;Hours:</source>
      <translation>&amp;Oriau:</translation>
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
      <location filename="../../ui/rj_window.py" line="74" />
      <source>RJ process</source>
      <translation>Proses cyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="86" />
      <source>Opening…</source>
      <translation>Yn agor…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="93" />
      <source>&amp;Next stage</source>
      <translation>Y cam &amp;nesaf</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="94" />
      <source>Withdrawn / not suitable…</source>
      <translation>Wedi'i dynnu'n ôl / ddim yn addas…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="95" />
      <source>Manager's si&amp;gn-off</source>
      <translation>Llofnod y &amp;rheolwr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="96" />
      <source>&amp;Assess a party…</source>
      <translation>&amp;Asesu parti…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="97" />
      <source>A&amp;dd participant…</source>
      <translation>Ychwanegu cyfr&amp;anogwr…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="98" />
      <source>Record &amp;consent…</source>
      <translation>Cofnodi &amp;caniatâd…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="99" />
      <source>Consent &amp;withdrawn…</source>
      <translation>Caniatâd wedi'i &amp;dynnu'n ôl…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="100" />
      <source>Preparation &amp;meeting…</source>
      <translation>Cyfarfod &amp;paratoi…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="101" />
      <source>Record an &amp;activity…</source>
      <translation>Cofnodi &amp;gweithgaredd…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="102" />
      <source>Appro&amp;ve letter</source>
      <translation>C&amp;ymeradwyo'r llythyr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="103" />
      <source>&amp;Deliver letter…</source>
      <translation>&amp;Cyflwyno'r llythyr…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="104" />
      <source>&amp;Book a conference…</source>
      <translation>Trefn&amp;u cynhadledd…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="105" />
      <source>Mo&amp;ve conference…</source>
      <translation>S&amp;ymud y gynhadledd…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="106" />
      <source>Conference &amp;held…</source>
      <translation>Cynhadledd wedi'i &amp;chynnal…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="107" />
      <source>Save &amp;invitation (.ics)…</source>
      <translation>Cadw'r &amp;gwahoddiad (.ics)…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="108" />
      <source>Agreement &amp;item…</source>
      <translation>Eite&amp;m cytundeb…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="109" />
      <source>Item &amp;done…</source>
      <translation>Eitem wedi'i &amp;gwneud…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="110" />
      <source>Victim told it has &amp;concluded…</source>
      <translation>Dywedwyd wrth y dioddefwr ei fod wedi &amp;dod i ben…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="111" />
      <source>Feed&amp;back…</source>
      <translation>&amp;Adborth…</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="129" />
      <source>&amp;Overview</source>
      <translation>&amp;Trosolwg</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="132" />
      <source>Party</source>
      <translation>Parti</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="134" />
      <source>Acknowledges the facts</source>
      <translation>Yn cydnabod y ffeithiau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="135" />
      <source>Suitable</source>
      <translation>Addas</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="136" />
      <source>Risks</source>
      <translation>Risgiau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="137" />
      <source>Safety measures</source>
      <translation>Mesurau diogelwch</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="138" />
      <source>On the victim's safety plan</source>
      <translation>Ar gynllun diogelwch y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="142" />
      <source>A&amp;ssessments</source>
      <translation>A&amp;sesiadau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="142" />
      <source>Assessments</source>
      <translation>Asesiadau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="146" />
      <source>Role</source>
      <translation>Rôl</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="147" />
      <source> (under 16)</source>
      <translation> (dan 16)</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="158" />
      <source>Parental consent</source>
      <translation>Caniatâd rhiant</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="162" />
      <source>Participants</source>
      <translation>Cyfranogwyr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="165" />
      <source>&amp;Participants</source>
      <translation>Cy&amp;franogwyr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="170" />
      <source>Activity</source>
      <translation>Gweithgaredd</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="171" />
      <source>Victim took part</source>
      <translation>Cymerodd y dioddefwr ran</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="172" />
      <source>Letter</source>
      <translation>Llythyr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="173" />
      <source>Who</source>
      <translation>Pwy</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="176" />
      <source>Activities</source>
      <translation>Gweithgareddau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="177" />
      <source>Ac&amp;tivities</source>
      <translation>Gweithgar&amp;eddau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="188" />
      <source>Con&amp;ferences</source>
      <translation>Cynad&amp;leddau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="195" />
      <source>Monitoring</source>
      <translation>Monitro</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="198" />
      <source>Outcome agreement</source>
      <translation>Cytundeb canlyniad</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="200" />
      <source>Agr&amp;eement</source>
      <translation>Cytunde&amp;b</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="204" />
      <source>Met on</source>
      <translation>Cyflawnwyd ar</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="206" />
      <source>Notes</source>
      <translation>Nodiadau</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="210" />
      <source>Prepa&amp;ration</source>
      <translation>Parat&amp;oi</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="239" />
      <source>RJ — {child_cms_ref} and {victim_reference}</source>
      <translation>CA — {child_cms_ref} a {victim_reference}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="244" />
      <source> &lt;span style='background:#b00020;color:white;padding:2px 6px'&gt;Paused: {paused_reason}&lt;/span&gt;</source>
      <translation> &lt;span style='background:#b00020;color:white;padding:2px 6px'&gt;Wedi'i oedi: {paused_reason}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="252" />
      <source> · sensitive ({kind}, signed off by {manager})</source>
      <translation> · sensitif ({kind}, wedi'i lofnodi gan {manager})</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="256" />
      <source> · sensitive ({kind}, sign-off needed)</source>
      <translation> · sensitif ({kind}, angen llofnod)</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="262" />
      <source>&lt;h2&gt;{label}&lt;/h2&gt;Case {child_cms_ref} {child_name} · victim {victim_reference} {victim_name}{sensitive}{paused}</source>
      <translation>&lt;h2&gt;{label}&lt;/h2&gt;Achos {child_cms_ref} {child_name} · dioddefwr {victim_reference} {victim_name}{sensitive}{paused}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="283" />
      <source>{date}: satisfaction {satisfaction}/5</source>
      <translation>{date}: boddhad {satisfaction}/5</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="292" />
      <source> from {date}</source>
      <translation> o {date}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="294" />
      <source> to {date}</source>
      <translation> i {date}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="295" />
      <source> (engagement mapping version {version})</source>
      <translation> (fersiwn mapio ymgysylltu {version})</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="297" />
      <source>KPI 10 engaged in RJ:</source>
      <translation>Wedi ymgysylltu â CA (DPA 10):</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="297" />
      <source>Referred:</source>
      <translation>Atgyfeiriwyd:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="298" />
      <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Hanes&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="300" />
      <source>&lt;p&gt;&lt;b&gt;Victim feedback&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{feedback}&lt;/ul&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Adborth y dioddefwr&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{feedback}&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="310" />
      <source>&amp;Next: {label}</source>
      <translation>&amp;Nesaf: {label}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="333" />
      <source>Select a row first.</source>
      <translation>Dewiswch res yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="366" />
      <source>End the process</source>
      <translation>Dod â'r broses i ben</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="374" />
      <source>The child</source>
      <translation>Y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="375" />
      <source>Acknowledges the basic facts</source>
      <translation>Yn cydnabod y ffeithiau sylfaenol</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="375" />
      <source>Suitable for RJ</source>
      <translation>Addas ar gyfer CA</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="377" />
      <source>Suitability and risk assessment</source>
      <translation>Asesiad addasrwydd a risg</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="379" />
      <source>&amp;Party:</source>
      <translation>&amp;Parti:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="382" />
      <source>&amp;Risks:</source>
      <translation>&amp;Risgiau:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="383" />
      <source>Safety &amp;measures:</source>
      <translation>&amp;Mesurau diogelwch:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="384" />
      <source>Add to the victim's safety &amp;plan
(one action per line):</source>
      <translation>Ychwanegu at &amp;gynllun diogelwch y dioddefwr
(un cam i bob llinell):</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="401" />
      <source>Actions added to the safety plan appear on the Safety tab of the victim record, linked to this assessment.</source>
      <translation>Mae camau a ychwanegir at y cynllun diogelwch yn ymddangos ar dab Diogelwch cofnod y dioddefwr, wedi'u cysylltu â'r asesiad hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="420" />
      <source>Under 16 (a parent's or carer's consent is needed too)</source>
      <translation>Dan 16 (mae angen caniatâd rhiant neu ofalwr hefyd)</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="422" />
      <source>Add a participant</source>
      <translation>Ychwanegu cyfranogwr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="424" />
      <source>&amp;Role:</source>
      <translation>&amp;Rôl:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="449" />
      <source>&amp;Parent's or carer's consent:</source>
      <translation>Caniatâd y &amp;rhiant neu'r gofalwr:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="449" />
      <source>Not yet</source>
      <translation>Ddim eto</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="451" />
      <source>Consent — {name}</source>
      <translation>Caniatâd — {name}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="463" />
      <source>Direct activities need consent in writing (a signed form, an email or an electronic confirmation); indirect ones can go ahead on recorded verbal consent.</source>
      <translation>Mae gweithgareddau uniongyrchol angen caniatâd ysgrifenedig (ffurflen wedi'i llofnodi, e-bost neu gadarnhad electronig); gall rhai anuniongyrchol fynd rhagddynt ar sail caniatâd llafar wedi'i gofnodi.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="474" />
      <source>Consent withdrawn — {name}</source>
      <translation>Caniatâd wedi'i dynnu'n ôl — {name}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="475" />
      <source>&amp;What they said:</source>
      <translation>&amp;Beth ddywedon nhw:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="477" />
      <source>The process pauses until they consent again; you are alerted on My day.</source>
      <translation>Mae'r broses yn oedi nes iddynt gydsynio eto; cewch eich rhybuddio ar Fy niwrnod.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="485" />
      <source>Preparation meeting — {name}</source>
      <translation>Cyfarfod paratoi — {name}</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="488" />
      <source>A future date plans the meeting: it shows on the RJ calendar.</source>
      <translation>Mae dyddiad yn y dyfodol yn cynllunio'r cyfarfod: mae'n ymddangos ar galendr CA.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="495" />
      <source>The victim actively took part</source>
      <translation>Cymerodd y dioddefwr ran weithredol</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="498" />
      <source>Record a restorative activity</source>
      <translation>Cofnodi gweithgaredd adferol</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="500" />
      <source>&amp;Activity:</source>
      <translation>&amp;Gweithgaredd:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="503" />
      <source>&amp;Who took part:</source>
      <translation>Pwy gym&amp;erodd ran:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="518" />
      <source>A letter is recorded as a draft: a colleague approves it, then you record its delivery. Conferences are booked on their own button.</source>
      <translation>Cofnodir llythyr fel drafft: mae cydweithiwr yn ei gymeradwyo, yna rydych yn cofnodi ei gyflwyno. Caiff cynadleddau eu trefnu â'u botwm eu hunain.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="529" />
      <source>Select a letter.</source>
      <translation>Dewiswch lythyr.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="547" />
      <source>The victim chose to receive and read it</source>
      <translation>Dewisodd y dioddefwr ei dderbyn a'i ddarllen</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="550" />
      <source>Letter delivered</source>
      <translation>Llythyr wedi'i gyflwyno</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="551" />
      <source>&amp;Delivered on:</source>
      <translation>Cyflwynwyd &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="561" />
      <source>{display_name} (you)</source>
      <translation>{display_name} (chi)</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="564" />
      <source>Book a conference</source>
      <translation>Trefnu cynhadledd</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="569" />
      <source>&amp;Venue:</source>
      <translation>&amp;Lleoliad:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="570" />
      <source>&amp;Postcode:</source>
      <translation>Cod &amp;post:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="571" />
      <source>&amp;Facilitator:</source>
      <translation>&amp;Hwylusydd:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="586" />
      <source>Refused when a participant's written consent is missing, the venue breaks the child's restrictions, or the venue or facilitator is already booked.</source>
      <translation>Gwrthodir pan fydd caniatâd ysgrifenedig cyfranogwr ar goll, pan fydd y lleoliad yn torri cyfyngiadau'r plentyn, neu pan fydd y lleoliad neu'r hwylusydd eisoes wedi'i drefnu.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="593" />
      <source>Booked — please check</source>
      <translation>Wedi'i drefnu — gwiriwch</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="604" />
      <source>Move the conference</source>
      <translation>Symud y gynhadledd</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="615" />
      <source>The old booking stays in the history as 'moved'.</source>
      <translation>Mae'r hen drefniant yn aros yn yr hanes fel 'wedi'i symud'.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="622" />
      <source>The victim took part</source>
      <translation>Cymerodd y dioddefwr ran</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="625" />
      <source>Conference held</source>
      <translation>Cynhaliwyd y gynhadledd</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="639" />
      <source>Save the invitation</source>
      <translation>Cadw'r gwahoddiad</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="639" />
      <source>Calendar (*.ics)</source>
      <translation>Calendr (*.ics)</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="651" />
      <source>Outcome agreement item</source>
      <translation>Eitem cytundeb canlyniad</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="655" />
      <source>&amp;Who does it:</source>
      <translation>Pwy sy'n ei &amp;wneud:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="656" />
      <source>&amp;Due:</source>
      <translation>&amp;Erbyn:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="670" />
      <source>Agreement item done</source>
      <translation>Eitem cytundeb wedi'i gwneud</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="671" />
      <source>&amp;Done on:</source>
      <translation>Wedi'i gwneud &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="671" />
      <source>&amp;Monitoring notes:</source>
      <translation>Nodiadau &amp;monitro:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="680" />
      <source>The victim has been told the process has concluded</source>
      <translation>Dywedwyd wrth y dioddefwr fod y broses wedi dod i ben</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="681" />
      <source>&amp;Told on:</source>
      <translation>Dywedwyd &amp;ar:</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="683" />
      <source>This ends the victim's KPI 10 engagement and meets their end-of-intervention information duty.</source>
      <translation>Mae hyn yn dod ag ymgysylltiad DPA 10 y dioddefwr i ben ac yn cyflawni ei ddyletswydd gwybodaeth diwedd ymyriad.</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="691" />
      <source>Victim feedback</source>
      <translation>Adborth y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="692" />
      <source>&amp;Satisfaction (1–5):</source>
      <translation>&amp;Boddhad (1–5):</translation>
    </message>
    <message>
      <location filename="../../ui/rj_window.py" line="692" />
      <source>&amp;Comments:</source>
      <translation>&amp;Sylwadau:</translation>
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
      <location filename="../../ui/victim_window.py" line="63" />
      <source>Victim record</source>
      <translation>Cofnod y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="81" />
      <source>Record a &amp;contact…</source>
      <translation>Cofnodi &amp;cyswllt…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="82" />
      <source>Record co&amp;nsent…</source>
      <translation>Cofnodi cani&amp;atâd…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="83" />
      <source>Record &amp;views…</source>
      <translation>Cofnodi &amp;barn…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="84" />
      <source>&amp;Triage…</source>
      <translation>B&amp;rysbennu…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="85" />
      <source>&amp;Edit details…</source>
      <translation>&amp;Golygu manylion…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="86" />
      <source>Co&amp;mplaint…</source>
      <translation>C&amp;wyn…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="87" />
      <source>&amp;Allocate…</source>
      <translation>Dyrann&amp;u…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="99" />
      <source>&amp;Letter</source>
      <translation>&amp;Llythyr</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="100" />
      <source>Write a letter to the victim: preview, save, record as sent</source>
      <translation>Ysgrifennu llythyr at y dioddefwr: rhagolwg, cadw, cofnodi ei fod wedi'i anfon</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="108" />
      <source>Mo&amp;re</source>
      <translation>Rhag&amp;or</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="111" />
      <source>Record a &amp;disclosure…</source>
      <translation>Cofnodi &amp;datgeliad…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="112" />
      <source>&amp;Merge a duplicate into this record…</source>
      <translation>&amp;Uno cofnod dyblyg â'r cofnod hwn…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="113" />
      <source>Merged records and &amp;unmerge…</source>
      <translation>Cofnodion wedi'u huno a &amp;dad-uno…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="114" />
      <source>&amp;Link to a child known to the service…</source>
      <translation>Cysylltu â &amp;phlentyn sy'n hysbys i'r gwasanaeth…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="115" />
      <source>&amp;Subject access export…</source>
      <translation>Allforio &amp;mynediad at ddata…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="148" />
      <source>Deta&amp;ils and needs</source>
      <translation>&amp;Manylion ac anghenion</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="157" />
      <source>Add a parent or carer…</source>
      <translation>Ychwanegu rhiant neu ofalwr…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="160" />
      <source>Edit contact details…</source>
      <translation>Golygu manylion cyswllt…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="168" />
      <source>Contact detail&amp;s</source>
      <translation>Manylion cy&amp;swllt</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="173" />
      <source>Child's case</source>
      <translation>Achos y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="176" />
      <source>Not invited to RJ because</source>
      <translation>Heb ei wahodd i CA oherwydd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="178" />
      <source>KPI 10 values</source>
      <translation>Gwerthoedd DPA 10</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="180" />
      <source>derived from the work</source>
      <translation>yn deillio o'r gwaith</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="180" />
      <source>imported, as recorded</source>
      <translation>wedi'u mewnforio, fel y'u cofnodwyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="188" />
      <source>Linked cases and KPI 10 fields</source>
      <translation>Achosion cysylltiedig a meysydd DPA 10</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="192" />
      <source>Police referral</source>
      <translation>Atgyfeiriad yr heddlu</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="194" />
      <source>Requested</source>
      <translation>Gofynnwyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="195" />
      <source>Received</source>
      <translation>Derbyniwyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="196" />
      <source>Last chased</source>
      <translation>Mynd ar ei ôl ddiwethaf</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="199" />
      <source>Police referrals</source>
      <translation>Atgyfeiriadau'r heddlu</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="202" />
      <source>C&amp;hased the police today</source>
      <translation>&amp;Pwyso ar yr heddlu heddiw</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="205" />
      <source>Record wh&amp;y the victim is not invited to RJ…</source>
      <translation>Co&amp;fnodi pam nad yw'r dioddefwr wedi'i wahodd i CA…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="215" />
      <source>&lt;br&gt;&lt;i&gt;KPI 10 fields are worked out from the record, never typed.&lt;/i&gt;</source>
      <translation>&lt;br&gt;&lt;i&gt;Cyfrifir meysydd DPA 10 o'r cofnod, nid eu teipio byth.&lt;/i&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="220" />
      <source>Cases and &amp;KPI 10</source>
      <translation>Achosion a DPA &amp;10</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="225" />
      <source>About</source>
      <translation>Ynghylch</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="227" />
      <source>Method</source>
      <translation>Dull</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="232" />
      <source>C&amp;onsent</source>
      <translation>Cania&amp;tâd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="232" />
      <source>Consent history</source>
      <translation>Hanes caniatâd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="237" />
      <source>How</source>
      <translation>Sut</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="238" />
      <source>What happened</source>
      <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="243" />
      <source>Contact lo&amp;g</source>
      <translation>Log cysyllt&amp;iadau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="243" />
      <source>Contact log</source>
      <translation>Log cysylltiadau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="251" />
      <source>Rule</source>
      <translation>Rheol</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="254" />
      <source>D&amp;uties</source>
      <translation>D&amp;yletswyddau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="254" />
      <source>Duties timeline</source>
      <translation>Llinell amser dyletswyddau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="258" />
      <source>Views</source>
      <translation>Barn</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="259" />
      <source>Impact</source>
      <translation>Effaith</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="260" />
      <source>Wishes</source>
      <translation>Dymuniadau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="261" />
      <source>Shared summary</source>
      <translation>Crynodeb a rannwyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="264" />
      <source>Vie&amp;ws</source>
      <translation>Barn ac &amp;effaith</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="264" />
      <source>Views, impact and wishes</source>
      <translation>Barn, effaith a dymuniadau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="268" />
      <source>Summary</source>
      <translation>Crynodeb</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="269" />
      <source>Acknowledged</source>
      <translation>Cydnabuwyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="274" />
      <source>Complaints</source>
      <translation>Cwynion</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="276" />
      <source>Mark t&amp;he selected complaint acknowledged today</source>
      <translation>Co&amp;fnodi bod y gŵyn a ddewiswyd wedi'i chydnabod heddiw</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="279" />
      <source>Com&amp;plaints</source>
      <translation>Cwy&amp;nion</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="285" />
      <source>Added</source>
      <translation>Ychwanegwyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="290" />
      <source>Documents</source>
      <translation>Dogfennau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="293" />
      <source>Attac&amp;h a file…</source>
      <translation>Atodi &amp;ffeil…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="294" />
      <source>Save a cop&amp;y…</source>
      <translation>Cadw co&amp;pi…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="302" />
      <source>&amp;Documents</source>
      <translation>&amp;Dogfennau</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="312" />
      <source>Raised</source>
      <translation>Codwyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="313" />
      <source>Concern</source>
      <translation>Pryder</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="313" />
      <source>URGENT · </source>
      <translation>BRYS · </translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="314" />
      <source>Resolved</source>
      <translation>Datryswyd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="317" />
      <source>Safety concerns</source>
      <translation>Pryderon diogelwch</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="321" />
      <source>Restriction</source>
      <translation>Cyfyngiad</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="322" />
      <source>Areas / details</source>
      <translation>Ardaloedd / manylion</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="324" />
      <source>Until</source>
      <translation>Tan</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="327" />
      <source>Restrictions on the child</source>
      <translation>Cyfyngiadau ar y plentyn</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="336" />
      <source>Safety actions</source>
      <translation>Camau diogelwch</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="338" />
      <source>Raise a safet&amp;y concern…</source>
      <translation>Codi &amp;pryder diogelwch…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="339" />
      <source>Add a restriction…</source>
      <translation>Ychwanegu cyfyngiad…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="340" />
      <source>Add an action…</source>
      <translation>Ychwanegu cam…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="341" />
      <source>Contingency and review…</source>
      <translation>Cynllun wrth gefn ac adolygiad…</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="353" />
      <source>Sa&amp;fety</source>
      <translation>Diogelwc&amp;h</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="374" />
      <source>{display_name} ({reference}) — victim record</source>
      <translation>{display_name} ({reference}) — cofnod dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="380" />
      <source>&lt;span style='background:#1f5f8b;color:white;padding:2px 6px'&gt;Enhanced rights&lt;/span&gt;</source>
      <translation>&lt;span style='background:#1f5f8b;color:white;padding:2px 6px'&gt;Hawliau uwch&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="382" />
      <source>&lt;span style='background:#b00020;color:white;padding:2px 6px'&gt;⚠ Safety concern&lt;/span&gt;</source>
      <translation>&lt;span style='background:#b00020;color:white;padding:2px 6px'&gt;⚠ Pryder diogelwch&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="390" />
      <source>interpreter</source>
      <translation>cyfieithydd</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="391" />
      <source>BSL</source>
      <translation>Iaith Arwyddion Prydain (BSL)</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="392" />
      <source>easy read</source>
      <translation>hawdd ei ddeall</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="396" />
      <source>not known</source>
      <translation>ddim yn hysbys</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="399" />
      <source>Date of birth:</source>
      <translation>Dyddiad geni:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="400" />
      <source>Preferred language:</source>
      <translation>Iaith a ffefrir:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="400" />
      <source>not recorded</source>
      <translation>heb ei gofnodi</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="402" />
      <source>Welsh language choice:</source>
      <translation>Dewis iaith Gymraeg:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="404" />
      <source>not asked yet</source>
      <translation>heb ofyn eto</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="408" />
      <source>Wants to hear from us by:</source>
      <translation>Eisiau clywed gennym drwy:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="415" />
      <source>Communication needs:</source>
      <translation>Anghenion cyfathrebu:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="416" />
      <source>Other needs:</source>
      <translation>Anghenion eraill:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="417" />
      <source>Lives in the child's household:</source>
      <translation>Yn byw ar aelwyd y plentyn:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="418" />
      <source>Organisation contact:</source>
      <translation>Cyswllt yn y sefydliad:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="419" />
      <source>Also a child known to the service:</source>
      <translation>Hefyd yn blentyn sy'n hysbys i'r gwasanaeth:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="447" />
      <source>not set</source>
      <translation>heb ei osod</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="450" />
      <source>Contingency:</source>
      <translation>Cynllun wrth gefn:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="450" />
      <source>Plan review:</source>
      <translation>Adolygu'r cynllun:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="513" />
      <source> — &lt;b&gt;suspect: do not contact through them&lt;/b&gt;</source>
      <translation> — &lt;b&gt;un a amheuir: peidiwch â chysylltu drwyddo&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="518" />
      <source>&lt;p&gt;&lt;b&gt;Parents or carers:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{carer_rows}&lt;/ul&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Rhieni neu ofalwyr:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{carer_rows}&lt;/ul&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="523" />
      <source>&lt;p&gt;No contact details are recorded.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Nid oes manylion cyswllt wedi'u cofnodi.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="528" />
      <source>write</source>
      <translation>ysgrifennu</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="529" />
      <source>phone</source>
      <translation>ffonio</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="530" />
      <source>leave a message</source>
      <translation>gadael neges</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="535" />
      <source>&lt;p&gt;&lt;b&gt;This is the child's own household address.&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Dyma gyfeiriad aelwyd y plentyn ei hun.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="539" />
      <source>Address:</source>
      <translation>Cyfeiriad:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="540" />
      <source>Phone:</source>
      <translation>Ffôn:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="541" />
      <source>Email:</source>
      <translation>E-bost:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="542" />
      <source>Safe to:</source>
      <translation>Diogel i:</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="542" />
      <source>nothing confirmed — check before any contact</source>
      <translation>dim wedi'i gadarnhau — gwiriwch cyn unrhyw gyswllt</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="620" />
      <source>No other record has been merged into this one.</source>
      <translation>Nid oes unrhyw gofnod arall wedi'i uno â'r un hwn.</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="676" />
      <source>Attach a file to the victim's record</source>
      <translation>Atodi ffeil i gofnod y dioddefwr</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="679" />
      <source>Title</source>
      <translation>Teitl</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="679" />
      <source>What is this document?</source>
      <translation>Beth yw'r ddogfen hon?</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="698" />
      <source>Subject access export</source>
      <translation>Allforio mynediad at ddata</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="717" />
      <source>Save a copy</source>
      <translation>Cadw copi</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="738" />
      <source>Choose the referral first.</source>
      <translation>Dewiswch yr atgyfeiriad yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="759" />
      <source>Choose the offence first.</source>
      <translation>Dewiswch y drosedd yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="764" />
      <source>Not invited to restorative justice</source>
      <translation>Heb ei wahodd i gyfiawnder adferol</translation>
    </message>
    <message>
      <location filename="../../ui/victim_window.py" line="765" />
      <source>Why is the victim not invited to RJ about {offence_ref}?</source>
      <translation>Pam nad yw'r dioddefwr wedi'i wahodd i CA ynghylch {offence_ref}?</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/bar_chart.py" line="28" />
      <source>Nothing to chart.</source>
      <translation>Dim i'w siartio.</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/children.py" line="17" />
      <source>Children</source>
      <translation>Plant</translation>
    </message>
    <message>
      <location filename="../../ui/widgets/forms.py" line="148" />
      <source>What you entered is kept: press OK to try again.</source>
      <translation>Mae'r hyn a roesoch wedi'i gadw: pwyswch OK i roi cynnig arall.</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Welsh for the words Qt itself shows (standard buttons, edit menus, the file dialog): Qt publishes no
     Welsh translation of its own. Compiled into rjdesk_cy.qm with rjdesk's own strings (make translations). -->
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Iawn</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Cadw</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Cadw'r cyfan</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Agor</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ie</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Ie i'r c&amp;yfan</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Na</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Na i'r cyf&amp;an</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Rhoi'r gorau iddi</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Anwybyddu</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cau</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Canslo</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Taflu</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Cymorth</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Gweithredu</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Ailosod</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Adfer y rhagosodiadau</translation>
    </message>
    <message>
      <source>Don't Save</source>
      <translation>Peidio â chadw</translation>
    </message>
    <message>
      <source>Close without Saving</source>
      <translation>Cau heb gadw</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Dangos y manylion...</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Cuddio'r manylion...</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Iawn</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Dadwneud</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Torri</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copïo</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Gludo</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Dileu</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Dewis y cyfan</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Dadwneud</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Torri</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copïo</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Copïo lleoliad y &amp;ddolen</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Gludo</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Dileu</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Dewis y cyfan</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Edrych yn:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Enw'r ffeil:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Mathau o ffeiliau:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Agor</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Cadw</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Agor</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Cadw fel</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Yn ôl</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Ymlaen</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Ffolder rhiant</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Creu ffolder newydd</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Golwg rhestr</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Golwg manylion</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Ffolder newydd</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Pob ffeil (*)</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Lleoedd diweddar</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Ailenwi</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Dileu</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Dangos ffeiliau &amp;cudd</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Dewis</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Ffolder:</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Fy nghyfrifiadur</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Cyfrifiadur</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>Mae %1 yn bodoli eisoes.
Ydych chi am ei disodli?</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Enw</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Maint</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Math</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Math</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Dyddiad newid</translation>
    </message>
  </context>
</TS>

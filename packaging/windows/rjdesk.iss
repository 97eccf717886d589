; Inno Setup script for rjdesk on Windows (a council's IT team builds it on a Windows machine):
;   1. make package          (or: pyinstaller packaging\rjdesk.spec, then build\dist\rjdesk\rjdesk.exe --self-test)
;   2. iscc packaging\windows\rjdesk.iss   ->  build\installer\rjdesk-setup-0.1.0.exe
; Installs for all users under Program Files, with a Start menu entry and an uninstaller. Records are not in
; the installation folder: the local store lives in the user's data folder (platformdirs) and survives an
; uninstall; a team store is the service's PostgreSQL server.
#define AppVersion "0.1.0"

[Setup]
AppId={{6E3F2C1A-8B7D-4E55-9A1C-2D4B8F0E7A31}
AppName=rjdesk
AppVersion={#AppVersion}
AppPublisher=rjdesk contributors
DefaultDirName={autopf}\rjdesk
DefaultGroupName=rjdesk
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=rjdesk-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\LICENSE
UninstallDisplayName=rjdesk {#AppVersion}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "welsh"; MessagesFile: "compiler:Languages\Welsh.isl"

[Files]
Source: "..\..\build\dist\rjdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\rjdesk"; Filename: "{app}\rjdesk.exe"
Name: "{group}\Uninstall rjdesk"; Filename: "{uninstallexe}"

[Run]
; The installer proves the installed copy works before it finishes (exit code 0 = every check passed).
Filename: "{app}\rjdesk.exe"; Parameters: "--self-test --self-test-report ""{app}\self-test.json"""; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installed rjdesk..."
Filename: "{app}\rjdesk.exe"; Description: "Start rjdesk"; Flags: postinstall nowait skipifsilent unchecked

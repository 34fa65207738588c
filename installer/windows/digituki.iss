; Inno Setup script for Digituki on Windows.
; Build the bundle first on Windows:  py installer\build.py   (makes dist\Digituki\ and the icons)
; then:  iscc /DAppVersion=0.1.0 installer\windows\digituki.iss
;
; Installs per user (no admin rights), adds a Start-menu entry, and upgrades in place: the same
; AppId means a newer setup replaces the program files. Data lives in the user's own folder
; (%LOCALAPPDATA%\Digituki), never in the install folder, so an upgrade or uninstall keeps it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0F7B2A-3C1D-4E59-9A7B-D161701C0A11}
AppName=Digituki
AppVersion={#AppVersion}
AppPublisher=Digituki
DefaultDirName={localappdata}\Programs\Digituki
DefaultGroupName=Digituki
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=digituki-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\digituki.ico
UninstallDisplayIcon={app}\Digituki.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Remove the previous version's program files before copying the new ones (never user data).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\Digituki\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Digituki"; Filename: "{app}\Digituki.exe"
Name: "{autodesktop}\Digituki"; Filename: "{app}\Digituki.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Digituki.exe"; Description: "{cm:LaunchProgram,Digituki}"; Flags: nowait postinstall skipifsilent

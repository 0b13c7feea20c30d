; Inno Setup 6 script: Drempelmeter for one user, without administrator rights.
;
;   python packaging/windows/release.py icon       before `python packaging/dev.py build`
;   python packaging/windows/release.py package    after it: runs this script and the zip
;
; release.py passes /DAppVersion (from drempelmeter/__init__.py), /DBuildDir (the one-folder
; build, dist\drempelmeter) and /DOutputDir; by hand:
;   iscc /DAppVersion=0.1.0 /DBuildDir=..\..\dist\drempelmeter /DOutputDir=..\..\dist drempelmeter.iss
;
; Per user: PrivilegesRequired=lowest installs into {autopf}, which is then the user's own
; %LOCALAPPDATA%\Programs\Drempelmeter, and writes the file association under HKCU (HKA is
; HKCU without administrator rights). An IT department can still install it for all users from
; an administrator's command line with /ALLUSERS (then Program Files and HKLM).
;
; What the app writes as it runs (drempelmeter/paths.py: platformdirs without an author, and
; QSettings): backups, the demo, interrupted edits and the user's questionnaires in
; %LOCALAPPDATA%\Drempelmeter, the log in %LOCALAPPDATA%\Drempelmeter\Logs, the settings in
; HKCU\Software\Drempelmeter\Drempelmeter, the charts' font list in
; %LOCALAPPDATA%\Drempelmeter\Cache; nothing under %APPDATA% (roaming). The program itself is in
; {app}, %LOCALAPPDATA%\Programs\Drempelmeter: a different folder.
;
; An update first deletes {app}\_internal ([InstallDelete]): the new version's files replace the
; old, and none of the old version's libraries stay beside them. The uninstaller removes every
; file it installed, then {app}\_internal whole (anything that appeared there), and {app} as it
; is then empty; the shortcuts, the file association, the font cache (program residue, rebuilt
; at the next start), and %LOCALAPPDATA%\Drempelmeter only if that leaves it empty. Never the
; user's .drempel files (wherever they are), nor the rest of %LOCALAPPDATA%\Drempelmeter
; (backups, log, the demo), nor the settings. {app} itself is not deleted whole: with /DIR= it
; could be a folder that holds other things.
;
; Signing (packaging/SIGNING.md): release.py passes /Ssigntool=... and /DSign when a certificate
; is configured, and the installer and its uninstaller are then signed with signtool.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (release.py does)
#endif
#ifndef BuildDir
  #define BuildDir "..\..\dist\drempelmeter"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The id Windows knows the installation by: never change it, or updates install beside it.
AppId={{F3F5B47B-4003-4EAE-97D1-12836CC80056}
AppName=Drempelmeter
AppVersion={#AppVersion}
AppVerName=Drempelmeter {#AppVersion}
AppPublisher=Drempelmeter
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Drempelmeter installer
DefaultDirName={autopf}\Drempelmeter
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=drempelmeter-{#AppVersion}-windows-x64-setup
SetupIconFile=drempelmeter.ico
UninstallDisplayIcon={app}\drempelmeter.ico
UninstallDisplayName=Drempelmeter
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update while the app runs: the installer asks to close it (Restart Manager).
CloseApplications=yes
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.FileTypeName=Drempelmeter-traject
en.FileTypeName=Drempelmeter trajectory

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{localappdata}\Drempelmeter\Cache"
Type: dirifempty; Name: "{localappdata}\Drempelmeter"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "drempelmeter.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
; drempelmeterw.exe is the windowed executable (no console window); drempelmeter.exe beside it
; is the command line (see packaging/pyinstaller/drempelmeter.spec).
Name: "{autoprograms}\Drempelmeter"; Filename: "{app}\drempelmeterw.exe"; IconFilename: "{app}\drempelmeter.ico"
Name: "{autodesktop}\Drempelmeter"; Filename: "{app}\drempelmeterw.exe"; IconFilename: "{app}\drempelmeter.ico"; Tasks: desktopicon

[Registry]
; .drempel opens in Drempelmeter: a ProgID of its own, offered under "Open with" too. Only the
; keys this installer made are removed at uninstall (uninsdeletekey on the ProgID, the value
; alone under .drempel, which other programs may share).
Root: HKA; Subkey: "Software\Classes\.drempel"; ValueType: string; ValueName: ""; ValueData: "Drempelmeter.Trajectory"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.drempel\OpenWithProgids"; ValueType: string; ValueName: "Drempelmeter.Trajectory"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\Drempelmeter.Trajectory"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Drempelmeter.Trajectory\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\drempelmeter.ico"
Root: HKA; Subkey: "Software\Classes\Drempelmeter.Trajectory\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\drempelmeterw.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\drempelmeterw.exe"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\drempelmeterw.exe\SupportedTypes"; ValueType: string; ValueName: ".drempel"; ValueData: ""

[Run]
Filename: "{app}\drempelmeterw.exe"; Description: "{cm:LaunchProgram,Drempelmeter}"; Flags: nowait postinstall skipifsilent

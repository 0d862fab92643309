; Hearth for Windows: a per-user installer (no administrator rights), built with Inno Setup 6.
; installers/build.py --os windows --format iss runs ISCC with the defines below; by hand:
;   iscc /DAppVersion=0.1.0 /DVariant=cpu /DSourceDir=..\..\dist\bundle\hearth ^
;        /DIconFile=..\..\dist\work\icons\hearth.ico /DOutputDir=..\..\dist hearth.iss
; Signing: pass /DSignTool and /Shearthsign="signtool sign /fd sha256 /tr <url> /td sha256 ... $f"
; (the release workflow does, when the signing secrets exist); setup and uninstaller get signed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Variant
  #define Variant "cpu"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\bundle\hearth"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\dist\work\icons\hearth.ico"
#endif
#ifndef OutputBaseFilename
  #define OutputBaseFilename "Hearth-" + AppVersion + "-windows-x86_64-" + Variant + "-setup"
#endif

[Setup]
AppId={{6F1C9A52-3E7B-4D38-9B0A-7C2E5D4F8A13}
AppName=Hearth
AppVersion={#AppVersion}
AppVerName=Hearth {#AppVersion} ({#Variant})
AppPublisher=Hearth
AppComments=A private, offline assistant for Llama 3.2 models. Built with Llama.
DefaultDirName={autopf}\Hearth
DefaultGroupName=Hearth
DisableProgramGroupPage=yes
; Per-user install into %LOCALAPPDATA%\Programs; people with admin rights may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseFilename}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\Hearth.exe
UninstallDisplayName=Hearth ({#Variant})
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
#ifdef SignTool
SignTool=hearthsign
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associategguf"; Description: "Open .gguf model files with Hearth"; GroupDescription: "File associations:"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Hearth"; Filename: "{app}\Hearth.exe"; Comment: "A private, offline assistant"
Name: "{autodesktop}\Hearth"; Filename: "{app}\Hearth.exe"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install (HKLM when installed for all users).
Root: HKA; Subkey: "Software\Classes\.gguf\OpenWithProgids"; ValueType: string; ValueName: "Hearth.gguf"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associategguf
Root: HKA; Subkey: "Software\Classes\Hearth.gguf"; ValueType: string; ValueName: ""; ValueData: "GGUF language model"; Flags: uninsdeletekey; Tasks: associategguf
Root: HKA; Subkey: "Software\Classes\Hearth.gguf\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Hearth.exe,0"; Tasks: associategguf
Root: HKA; Subkey: "Software\Classes\Hearth.gguf\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Hearth.exe"" ""%1"""; Tasks: associategguf
Root: HKA; Subkey: "Software\Classes\Applications\Hearth.exe\SupportedTypes"; ValueType: string; ValueName: ".gguf"; ValueData: ""; Flags: uninsdeletekey; Tasks: associategguf

[Run]
Filename: "{app}\Hearth.exe"; Description: "{cm:LaunchProgram,Hearth}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python writes nothing into {app} at run time; conversations and models live in the user's
; folders (%APPDATA%, %LOCALAPPDATA%\Hearth) and stay after an uninstall.
Type: dirifempty; Name: "{app}"

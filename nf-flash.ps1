#Requires -Version 7.0

<#
.SYNOPSIS
    Flashes the .NET nanoFramework firmware onto an ESP32 and deploys the ChatFirmware app, with nanoff.
    A board new to the chat gets its Wi-Fi passphrase from here, shown with QR codes to scan.

.DESCRIPTION
    PowerShell 7 on Windows, Linux or macOS. The steps, each one nanoff command:
      1. nanoff (the nanoFramework flasher, a .NET tool) is installed when missing:
         dotnet tool install --global nanoff  (with -UpdateNanoff: dotnet tool update --global nanoff)
      2. when the app is to be deployed: does the board already run the chat? Its details list the
         ChatFirmware assembly then; a new board does not answer (asked up to 3 times). Not asked with
         -MassErase (it leaves nothing on the board) or -NewPassphrase:
         nanoff --nanodevice --devicedetails --serialport COM5
      3. the firmware for -Target, unless -SkipFirmware:
         nanoff --update --target ESP32_REV0 --serialport COM5 [--fwversion X] [--masserase]
         then, the board restarting, its details are asked for until it answers (up to 5 times):
         nanoff --nanodevice --devicedetails --serialport COM5
      4. a board that does not run the chat yet (or any board, with -NewPassphrase) gets a new Wi-Fi
         passphrase, made here by the board's own rule (16 symbols, 80 bits, from the operating
         system's cryptographic random generator), as I:\chat\settings.json:
         nanoff --filedeployment ...\artifacts\nf-flash\deploy.json --serialport COM5
      5. the app image, unless -SkipApp, over the device's own wire protocol, which deploys to the
         address the firmware reports (the fixed address of "nanoff --target ... --deploy" does not
         match current ESP32 partition tables):
         nanoff --nanodevice --deploy --serialport COM5 --image ...\ChatFirmware.bin
    When it gave the board a passphrase, the script then prints the network name, the passphrase, the
    QR code a phone scans to join that Wi-Fi and the QR code of the chat's address, http://192.168.4.1.

    A board that already runs the chat keeps its Wi-Fi name and passphrase: nanoff cannot read a file
    back from a board, so the script cannot show them; the administrator's join card (/admin/card) does.
    -NewPassphrase replaces them.

    The passphrase rule, the default network name and address, the Wi-Fi join text and the QR encoder
    are the core's own C# (src/ChatFirmware.Core: Settings, Ports, Text and Qr files), compiled at run
    time with Add-Type: the script cannot drift from what the board does.

    With -ResetChatData or -SettingsFile only files are copied to the board's I:\chat\ folder
    (nanoff --filedeployment), nothing is flashed. A file nanoff reports it could not write fails the
    script (nanoff itself exits 0 then).

    nanoff is a .NET 8 tool: it runs with DOTNET_ROLL_FORWARD=Major (unless you set another policy),
    so a machine with only a newer .NET runtime starts it too.

    -WhatIf prints the exact commands, one a line, the passphrase a board new to the chat would get and
    its QR codes, and runs, installs and writes nothing.
    docs/device-quickstart.md is the step-by-step guide; docs/device.md the reference.

.PARAMETER SerialPort
    The board's serial port: COM5 on Windows, /dev/ttyUSB0 or /dev/ttyACM0 on Linux,
    /dev/cu.usbserial-0001 or /dev/cu.SLAB_USBtoUART on macOS. "nanoff --listports" lists them.

.PARAMETER Target
    The firmware image (default ESP32_REV0: any classic ESP32 without PSRAM). Common ones:
      ESP32_REV0         classic ESP32 (WROOM, DevKitC), any silicon revision, no PSRAM
      ESP32_PSRAM_REV0   classic ESP32 with PSRAM (WROVER); works on any classic ESP32
      ESP32_REV3         classic ESP32 revision 3 silicon only (ESP32_PSRAM_REV3 with PSRAM)
      ESP32_S3_QUAD      ESP32-S3 with quad PSRAM or none  (ESP32_S3_OCTAL: octal PSRAM)
      ESP32_S2           ESP32-S2
      ESP32_C3           ESP32-C3
      ESP32_C6_THREAD    ESP32-C6
    "nanoff --listtargets --platform esp32" lists them all.

.PARAMETER FirmwareVersion
    A firmware version for --fwversion (default: the newest stable). The firmware's native
    assemblies must match the NuGet packages of src/ChatFirmware/packages.config, or the deployment
    fails with "Couldn't find a valid native assembly" (docs/device.md, "Firmware and packages").

.PARAMETER Image
    The app's deployment image (default: src/ChatFirmware/bin/Release/ChatFirmware.bin, from the
    Windows build of src/ChatFirmware/ChatFirmware.nfproj).

.PARAMETER SkipFirmware
    Only deploy the app (the board already runs the matching firmware).

.PARAMETER SkipApp
    Only flash the firmware. (The passphrase comes with the app: none is made without -NewPassphrase.)

.PARAMETER MassErase
    Erase the whole flash before flashing the firmware. WARNING: this wipes the chat's users,
    sessions and history (I:\chat\), its Wi-Fi settings and passphrase, and the board's network
    configuration. A plain update keeps them. With the app, the board then gets a new passphrase.

.PARAMETER NewPassphrase
    Give the board a new Wi-Fi passphrase even if it already runs the chat. It replaces
    I:\chat\settings.json: the network name becomes -Ssid (default ChatFirmware), and every other
    setting saved there (by the administrator's Wi-Fi form or -SettingsFile) returns to its default;
    users and history stay. With -SkipFirmware -SkipApp only that file is copied.

.PARAMETER Ssid
    The network name that goes with a new passphrase (default: the board's own default, ChatFirmware):
    1 to 31 bytes of UTF-8 without control characters. Only where a passphrase is made.

.PARAMETER ResetChatData
    Recovery for a lost administrator password (needs the board on USB): copies the marker file
    I:\chat\reset-chat-data; at its next start the board erases users, sessions and history (not the
    Wi-Fi settings) and the first account registered becomes the administrator.

.PARAMETER SettingsFile
    A settings file (docs/settings.sample.json shows the format) copied as it is to
    I:\chat\settings.json; the board reads it at its next start.

.PARAMETER UpdateNanoff
    Update nanoff to its newest version before flashing.

.EXAMPLE
    ./nf-flash.ps1 -SerialPort COM5
    Firmware for a classic ESP32, then the app; a board new to the chat gets a Wi-Fi passphrase, shown
    with the QR codes to scan.

.EXAMPLE
    ./nf-flash.ps1 -SerialPort /dev/ttyUSB0 -Target ESP32_S3_QUAD -FirmwareVersion 1.12.4.54 -WhatIf
    Prints the commands for an ESP32-S3 and a pinned firmware version, without running them.

.EXAMPLE
    ./nf-flash.ps1 -SerialPort COM5 -SkipFirmware -SkipApp -NewPassphrase -Ssid "Workshop chat"
    Only a new network name and passphrase (settings file); then press the board's EN/RESET button.

.EXAMPLE
    ./nf-flash.ps1 -SerialPort COM5 -ResetChatData
    Drops the chat-data reset marker; then press the board's EN/RESET button.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[^\s"'']+$')]
    [string] $SerialPort,

    [ValidatePattern('^[A-Za-z0-9_.]+$')]
    [string] $Target = 'ESP32_REV0',

    [ValidatePattern('^[0-9]+(\.[0-9]+){1,3}(-[A-Za-z0-9.]+)?$')]
    [string] $FirmwareVersion,

    [string] $Image,

    [switch] $SkipFirmware,

    [switch] $SkipApp,

    [switch] $MassErase,

    [switch] $ResetChatData,

    [string] $SettingsFile,

    [switch] $UpdateNanoff,

    # Last, so that the positions of the older string parameters stay as they were.
    [switch] $NewPassphrase,

    [string] $Ssid
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$dryRun = [bool]$WhatIfPreference
$repo = $PSScriptRoot
if (-not $Image) {
    $Image = Join-Path $repo 'src' 'ChatFirmware' 'bin' 'Release' 'ChatFirmware.bin'
}

$stage = Join-Path $repo 'artifacts' 'nf-flash'
$chatFolder = 'I:\chat\'

# nanoff targets net8.0 with no roll-forward policy (nanoFirmwareFlasher.Tool.csproj): where only a newer
# runtime is installed it exits with "You must install or update .NET". Major lets the newest runtime
# present run it when 8 is missing; a policy the caller chose is kept.
$nanoffRollForward = if ($env:DOTNET_ROLL_FORWARD) { $env:DOTNET_ROLL_FORWARD } else { 'Major' }

# nanoff's file deployment reports a file it could not write with one of these lines, and exits 0
# (FileDeployment/FileDeploymentManager.cs).
$fileDeploymentFailures = @('Error deploying content file', 'Exception deploying content file')

# A freshly flashed board restarts; nanoff's deployment connects once and gives up, so its details are
# asked for until it answers: up to this many times, this many seconds apart.
$bootProbeAttempts = 5
$bootProbePauseSeconds = 2

# Before flashing: a board that runs nanoFramework answers at once, a new one never does, so fewer tries.
$chatProbeAttempts = 3

# nanoff --devicedetails lists the board's assemblies as "  Name, version" (nf-debugger's
# NanoFrameworkDeviceInfo.ToString): the app's and the core's are there on a board that runs the chat.
$chatAssemblyLine = '^\s*ChatFirmware(\.Core)?,\s'

# The core's files the script compiles (Add-Type): the QR encoder and the Wi-Fi join text (Qr/, which
# depends on nothing else), and the board's passphrase rule with the network defaults and the few types
# they use. Each list must stay free of other core types (docs/device.md, "nf-flash.ps1").
$coreFolder = Join-Path $repo 'src' 'ChatFirmware.Core'
$coreSettingsFiles = @('Settings/NetworkSettingsRules.cs', 'Settings/NetworkSettings.cs', 'Ports/IRandomSource.cs', 'Ports/ILog.cs', 'Text/TextRules.cs', 'Text/Utf8.cs')

# QR codes in the terminal: two module rows per character with the half blocks (upper, lower, full).
$upperHalf = [string][char]0x2580
$lowerHalf = [string][char]0x2584
$fullBlock = [string][char]0x2588

# Every line of a code is drawn black on white in 256-colour numbers 16 and 231, which are fixed RGB
# values (only 0-15 follow the terminal's theme): the same symbol on a light and a dark theme.
$qrInk = "`e[38;5;16;48;5;231m"
$qrInkEnd = "`e[0m"

# One command line as a shell shows it: arguments with spaces or quotes are double-quoted.
function Format-Command([string] $tool, [string[]] $arguments) {
    $parts = @($tool)
    foreach ($argument in $arguments) {
        if ($argument -match '[\s"''`$;&|<>()]' -or $argument.Length -eq 0) {
            $parts += '"' + ($argument -replace '"', '\"') + '"'
        }
        else {
            $parts += $argument
        }
    }
    return $parts -join ' '
}

function Write-Note([string] $text) {
    Write-Host "# $text"
}

# Prints a file's text as -WhatIf notes.
function Write-FileNote([string] $path, [string] $text) {
    Write-Note "$path would hold:"
    foreach ($textLine in ($text -split "`r?`n")) {
        Write-Note "  $textLine"
    }
}

# Runs a tool (nanoff with its roll-forward policy), echoing its output unless -Quiet; returns the
# output's lines and leaves the tool's exit code in $LASTEXITCODE.
function Invoke-Tool([string] $display, [string] $executable, [string[]] $arguments, [switch] $Quiet) {
    $callerRollForward = $env:DOTNET_ROLL_FORWARD
    if ($display -eq 'nanoff') {
        $env:DOTNET_ROLL_FORWARD = $nanoffRollForward
    }

    try {
        & $executable @arguments 2>&1 | ForEach-Object {
            $text = "$_"
            if (-not $Quiet) {
                Write-Host $text
            }

            $text
        }
    }
    finally {
        $env:DOTNET_ROLL_FORWARD = $callerRollForward
    }
}

# Runs one step, or with -WhatIf only prints it (the exact command, alone on its line). A line of
# output that contains one of $failureLines fails the step even when the tool exits 0.
function Invoke-Step([string] $what, [string] $display, [string] $executable, [string[]] $arguments, [string[]] $failureLines = @()) {
    $line = Format-Command $display $arguments
    if ($dryRun) {
        Write-Output $line
        return
    }

    Write-Host "==> $what"
    Write-Host "    $line"
    $printed = @(Invoke-Tool $display $executable $arguments)
    if ($LASTEXITCODE -ne 0) {
        throw "$what failed (exit code $LASTEXITCODE): $line"
    }

    foreach ($printedLine in $printed) {
        foreach ($failure in $failureLines) {
            if ($printedLine.Contains($failure)) {
                throw "$what failed (nanoff exited 0 but printed: $printedLine): $line"
            }
        }
    }
}

# After a firmware update: asks the restarting board for its details until its wire protocol answers.
function Wait-ForBoard {
    $probe = @('--nanodevice', '--devicedetails', '--serialport', $SerialPort)
    $line = Format-Command 'nanoff' $probe
    if ($dryRun) {
        Write-Output $line
        Write-Note "(asked up to $bootProbeAttempts times, $bootProbePauseSeconds s apart, until the restarted board answers)"
        return
    }

    Write-Host '==> wait for the restarted board to answer'
    Write-Host "    $line"
    for ($attempt = 1; ; $attempt++) {
        $answer = @(Invoke-Tool 'nanoff' $nanoff $probe -Quiet)
        if ($LASTEXITCODE -eq 0) {
            return
        }

        if ($attempt -ge $bootProbeAttempts) {
            $lastWords = ($answer | Where-Object { $_.Trim() } | Select-Object -Last 3) -join ' '
            throw "the board did not answer after the firmware update ($attempt attempts, exit code $LASTEXITCODE): $lastWords"
        }

        Write-Host "    not answering yet (attempt $attempt of $bootProbeAttempts)"
        Start-Sleep -Seconds $bootProbePauseSeconds
    }
}

# Whether the board already runs the chat, and so has a Wi-Fi passphrase of its own or from its
# settings. nanoff cannot read a file back from a board (its file deployment only writes and deletes),
# so the script goes by the assemblies the board reports. A board that does not answer (a new board:
# no nanoFramework on it yet) counts as one without the chat.
$chatProbe = @('--nanodevice', '--devicedetails', '--serialport', $SerialPort)

# With -WhatIf: the question, not asked.
function Show-ChatProbe {
    Write-Output (Format-Command 'nanoff' $chatProbe)
    Write-Note "(asked up to $chatProbeAttempts times: a board whose details list the ChatFirmware assembly runs the chat and keeps its Wi-Fi name and passphrase; a board that does not, or does not answer, gets the passphrase below)"
}

function Test-ChatOnBoard {
    $probe = $chatProbe
    $line = Format-Command 'nanoff' $probe
    Write-Host '==> does the board already run the chat? (a new board does not answer: that is expected)'
    Write-Host "    $line"
    for ($attempt = 1; ; $attempt++) {
        $answer = @(Invoke-Tool 'nanoff' $nanoff $probe -Quiet)
        if ($LASTEXITCODE -eq 0) {
            $runsChat = [bool]($answer | Where-Object { $_ -match $chatAssemblyLine })
            Write-Host ($runsChat ? '    yes: it keeps its Wi-Fi name and passphrase' : '    no: it runs nanoFramework without the chat')
            return $runsChat
        }

        if ($attempt -ge $chatProbeAttempts) {
            Write-Host "    no answer ($attempt attempts): no nanoFramework on it yet"
            return $false
        }

        Write-Host "    not answering (attempt $attempt of $chatProbeAttempts)"
        Start-Sleep -Seconds $bootProbePauseSeconds
    }
}

# nanoff on the PATH, or where "dotnet tool install --global" puts it (not on the PATH by default on macOS).
function Resolve-Nanoff {
    $command = Get-Command nanoff -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($command) {
        return $command.Source
    }

    $userHome = [Environment]::GetFolderPath('UserProfile')
    $candidate = Join-Path $userHome '.dotnet' 'tools' ($IsWindows ? 'nanoff.exe' : 'nanoff')
    if (Test-Path -LiteralPath $candidate) {
        return $candidate
    }

    return $null
}

# Compiles the core's files once per session (in memory: nothing is written), and the random source
# its passphrase rule takes: the operating system's cryptographic generator behind the core's port.
function Import-CoreRules {
    if (-not ('ChatFirmware.Core.Qr.QrEncoder' -as [type])) {
        # (Member access, not ForEach-Object FullName, which -WhatIf would turn into "what if" lines.)
        $paths = @((Get-ChildItem -LiteralPath (Join-Path $coreFolder 'Qr') -Filter '*.cs' | Sort-Object Name).FullName)
        $paths += @($coreSettingsFiles | ForEach-Object { Join-Path $coreFolder $_ })
        try {
            Add-Type -Path $paths
        }
        catch {
            throw "could not compile the core's QR encoder and passphrase rule ($coreFolder): $($_.Exception.Message)"
        }
    }

    if (-not (Get-Variable -Name osRandom -Scope Script -ErrorAction SilentlyContinue)) {
        # A PowerShell class can implement the core's interface only once that type exists: parsed now.
        $script:osRandom = & ([scriptblock]::Create('class OsRandomSource : ChatFirmware.Core.Ports.IRandomSource { [void] Fill([byte[]] $buffer) { [System.Security.Cryptography.RandomNumberGenerator]::Fill($buffer) } }; [OsRandomSource]::new()'))
    }
}

# Whether the host shows ANSI colours: $PSStyle.OutputRendering decides (PlainText with NO_COLOR,
# Ansi when asked for); by default, a terminal that renders them and output that is not redirected.
function Test-Colour {
    switch ([string]$PSStyle.OutputRendering) {
        'Ansi' { return $true }
        'PlainText' { return $false }
        default { return [bool]$Host.UI.SupportsVirtualTerminal -and -not [Console]::IsOutputRedirected }
    }
}

# The QR code of the bytes as text lines a phone scans from the screen: the 4-module quiet zone
# around, two module rows a line, the dark modules as the glyphs' ink. In colour, every line is black
# on white (see $qrInk); in plain text the ink is the terminal's text colour (inverted on a dark theme).
function Format-QrLines([byte[]] $payload, [bool] $colour) {
    $code = [ChatFirmware.Core.Qr.QrEncoder]::Encode($payload)
    $quiet = [ChatFirmware.Core.Qr.QrVersions]::QuietZone
    $side = $code.Size + (2 * $quiet)
    $lines = @()
    for ($row = 0; $row -lt $side; $row += 2) {
        $text = [System.Text.StringBuilder]::new($side)
        for ($column = 0; $column -lt $side; $column++) {
            $x = $column - $quiet
            $inside = $x -ge 0 -and $x -lt $code.Size
            $top = $inside -and ($row - $quiet) -ge 0 -and ($row - $quiet) -lt $code.Size -and $code.IsDark($x, $row - $quiet)
            $bottom = $inside -and ($row + 1 - $quiet) -ge 0 -and ($row + 1 - $quiet) -lt $code.Size -and $code.IsDark($x, $row + 1 - $quiet)
            [void]$text.Append($top ? ($bottom ? $fullBlock : $upperHalf) : ($bottom ? $lowerHalf : ' '))
        }

        $lines += $colour ? ($qrInk + $text.ToString() + $qrInkEnd) : $text.ToString()
    }

    return $lines
}

# What a person needs to join: the name, the passphrase, the code that joins the Wi-Fi (the core's
# WIFI:T:WPA;S:...;P:...;; text, escapes included), then the code of the chat's address.
function Show-JoinCodes([string] $networkName, [string] $passphrase, [string] $address) {
    $colour = Test-Colour
    $utf8 = [ChatFirmware.Core.Text.Utf8]
    Write-Host ''
    Write-Host "Wi-Fi network: $networkName"
    Write-Host "Passphrase:    $passphrase"
    Write-Host ''
    Write-Host "Scan to join the Wi-Fi network ${networkName}:"
    foreach ($qrLine in (Format-QrLines ([ChatFirmware.Core.Qr.WifiJoinText]::Build($utf8::Encode($networkName), $utf8::Encode($passphrase))) $colour)) {
        Write-Host $qrLine
    }

    Write-Host ''
    Write-Host "Then scan to open the chat, ${address}:"
    foreach ($qrLine in (Format-QrLines ($utf8::Encode($address)) $colour)) {
        Write-Host $qrLine
    }

    Write-Host ''
    if (-not $colour) {
        Write-Note 'Printed without colours: on a dark terminal theme the codes show inverted (light on dark), which some phone cameras do not read. Run the script in a terminal with colours, or print the join card (/admin/card) once you are in.'
    }

    Write-Note 'Note the passphrase now: this script cannot read it back, and the board''s log does not print one that comes from its settings file. Once you are in, the first account registered is the administrator; its join card, /admin/card, shows the passphrase and both codes for guests.'
}

# Copies files to I:\chat\ with one nanoff file deployment: its deploy.json lists them.
function Invoke-FileDeployment([object[]] $files) {
    $deployPath = Join-Path $stage 'deploy.json'
    $deployJson = [ordered]@{ serialport = $SerialPort; files = $files } | ConvertTo-Json -Depth 4
    if ($dryRun) {
        Write-FileNote $deployPath $deployJson
    }
    else {
        New-Item -ItemType Directory -Force -Path $stage | Out-Null
        Set-Content -LiteralPath $deployPath -Value $deployJson
    }

    Invoke-Step "copy files to $chatFolder" 'nanoff' $nanoff @('--filedeployment', $deployPath, '--serialport', $SerialPort) $fileDeploymentFailures
}

$filesOnly = $ResetChatData -or [bool]$SettingsFile
if ($filesOnly -and ($MassErase -or $FirmwareVersion)) {
    throw '-ResetChatData and -SettingsFile only copy files; run the firmware update separately.'
}

if ($filesOnly -and $NewPassphrase) {
    throw '-NewPassphrase copies a settings file of its own; run it separately from -ResetChatData and -SettingsFile.'
}

if ($Ssid -and ($filesOnly -or ($SkipApp -and -not $NewPassphrase))) {
    throw '-Ssid names the network of a new passphrase, which comes with the app or with -NewPassphrase.'
}

if ($SettingsFile) {
    if (-not (Test-Path -LiteralPath $SettingsFile -PathType Leaf)) {
        throw "no settings file at $SettingsFile"
    }

    $SettingsFile = (Resolve-Path -LiteralPath $SettingsFile).Path
    try {
        $settings = Get-Content -LiteralPath $SettingsFile -Raw | ConvertFrom-Json
    }
    catch {
        throw "$SettingsFile is not valid JSON: $($_.Exception.Message)"
    }

    # The board refuses a passphrase that is not WPA2's (it would use its own instead): the core's rule.
    $network = $settings.PSObject.Properties['Network']
    if ($network -and $network.Value -and $network.Value.PSObject.Properties['Passphrase']) {
        $passphrase = [string]$network.Value.Passphrase
        Import-CoreRules
        if ($passphrase.Length -gt 0 -and -not [ChatFirmware.Core.Settings.NetworkSettingsRules]::IsWpa2Passphrase($passphrase)) {
            throw "the Network.Passphrase in $SettingsFile must have 8 to 63 characters, printable ASCII (or be empty for the board's own)"
        }
    }
}

$deploysApp = -not $filesOnly -and -not $SkipApp
if ($deploysApp -and -not (Test-Path -LiteralPath $Image -PathType Leaf)) {
    $missing = "no app image at ${Image}: build src/ChatFirmware/ChatFirmware.nfproj in Release on Windows first (docs/device-quickstart.md), or pass -Image."
    if (-not $dryRun) {
        throw $missing
    }

    Write-Note $missing
}

# The network a new passphrase is for: -Ssid, or the board's default.
$mayMakePassphrase = -not $filesOnly -and ($deploysApp -or $NewPassphrase)
if ($mayMakePassphrase) {
    Import-CoreRules
    $defaults = [ChatFirmware.Core.Settings.NetworkSettings]::new()
    $networkName = $Ssid ? $Ssid : $defaults.Ssid
    if (-not [ChatFirmware.Core.Settings.NetworkSettingsRules]::IsSsid($networkName)) {
        throw "-Ssid must have 1 to $([ChatFirmware.Core.Settings.NetworkSettingsRules]::SsidMaxBytes) bytes of UTF-8 without control characters."
    }

    $chatAddress = 'http://' + $defaults.DeviceAddress
}

# 1. nanoff itself.
$nanoff = Resolve-Nanoff
if (-not $nanoff) {
    if ($dryRun) {
        Write-Note 'nanoff is not installed; without -WhatIf this installs it:'
    }

    Invoke-Step 'install nanoff (the nanoFramework flasher)' 'dotnet' 'dotnet' @('tool', 'install', '--global', 'nanoff')
    if (-not $dryRun) {
        $nanoff = Resolve-Nanoff
        if (-not $nanoff) {
            throw 'nanoff was installed but cannot be found: add ~/.dotnet/tools to your PATH and run this again.'
        }
    }
}
elseif ($UpdateNanoff) {
    Invoke-Step 'update nanoff' 'dotnet' 'dotnet' @('tool', 'update', '--global', 'nanoff')
}

if (-not $nanoff) {
    $nanoff = 'nanoff'
}

if ($dryRun) {
    Write-Note "nanoff is a .NET 8 tool; the script runs it with DOTNET_ROLL_FORWARD=$nanoffRollForward, so a newer .NET starts it where the .NET 8 runtime is missing."
}

if ($filesOnly) {
    # Files for I:\chat\ (the folder exists once the chat has started on the board at least once).
    $files = @()
    if ($ResetChatData) {
        $files += [ordered]@{ DestinationFilePath = $chatFolder + 'reset-chat-data'; SourceFilePath = (Join-Path $stage 'reset-chat-data') }
        if (-not $dryRun) {
            New-Item -ItemType Directory -Force -Path $stage | Out-Null
            Set-Content -LiteralPath (Join-Path $stage 'reset-chat-data') -Value ('reset requested ' + (Get-Date).ToUniversalTime().ToString('u')) -NoNewline
        }
    }

    if ($SettingsFile) {
        $files += [ordered]@{ DestinationFilePath = $chatFolder + 'settings.json'; SourceFilePath = $SettingsFile }
    }

    Invoke-FileDeployment $files
    Write-Note 'Now press the board''s EN/RESET button (or unplug it and plug it back in): it acts on the files as it starts.'
    if ($ResetChatData) {
        Write-Note 'Its log then says "recovery: chat data erased"; register again: the first account is the administrator.'
    }

    exit 0
}

# 2. Does the board already have a passphrase? Only a board that runs the chat can (-MassErase
#    leaves none); -NewPassphrase replaces it whatever the answer.
$makePassphrase = $false
if ($NewPassphrase) {
    $makePassphrase = $true
    Write-Warning "-NewPassphrase replaces ${chatFolder}settings.json: the network becomes ""$networkName"" with a new passphrase, and any other setting saved there returns to its default (users and history stay)."
}
elseif ($deploysApp -and $MassErase) {
    $makePassphrase = $true
}
elseif ($deploysApp -and $dryRun) {
    Show-ChatProbe
    $makePassphrase = $true
}
elseif ($deploysApp) {
    $makePassphrase = -not (Test-ChatOnBoard)
    if (-not $makePassphrase -and $Ssid) {
        throw "-Ssid is for a new passphrase, and this board already runs the chat: it keeps its Wi-Fi settings. Add -NewPassphrase to replace them, or rename the network on the administrator page."
    }
}

# 3. The firmware.
if (-not $SkipFirmware) {
    $update = @('--update', '--target', $Target, '--serialport', $SerialPort)
    if ($FirmwareVersion) {
        $update += @('--fwversion', $FirmwareVersion)
    }

    if ($MassErase) {
        Write-Warning '-MassErase wipes the whole flash: the chat''s users, sessions and history (I:\chat\), its Wi-Fi settings and passphrase, and the board''s network configuration.'
        $update += '--masserase'
    }

    Invoke-Step "flash the nanoFramework firmware ($Target)" 'nanoff' $nanoff $update
    if ($deploysApp -or $makePassphrase) {
        Wait-ForBoard
    }
}

# 4. The passphrase, as the settings file, before the app: its first start then configures that
#    network at once. The file is staged only for the copy (it holds the passphrase).
$passphrase = $null
if ($makePassphrase) {
    $passphrase = [ChatFirmware.Core.Settings.NetworkSettingsRules]::NewBoardPassphrase($script:osRandom)
    $settingsPath = Join-Path $stage 'settings.json'
    $settingsJson = [ordered]@{ Network = [ordered]@{ Ssid = $networkName; Passphrase = $passphrase } } | ConvertTo-Json -Depth 3
    if ($dryRun) {
        Write-FileNote $settingsPath $settingsJson
    }
    else {
        New-Item -ItemType Directory -Force -Path $stage | Out-Null
        Set-Content -LiteralPath $settingsPath -Value $settingsJson -Encoding utf8NoBOM
    }

    try {
        Invoke-FileDeployment @([ordered]@{ DestinationFilePath = $chatFolder + 'settings.json'; SourceFilePath = $settingsPath })
    }
    finally {
        if (-not $dryRun) {
            Remove-Item -LiteralPath $settingsPath -Force -ErrorAction SilentlyContinue
        }
    }
}

# 5. The app.
if ($deploysApp) {
    # No --reset: a --nanodevice operation never reads it (nanoFirmwareFlasher.Tool/NanoDeviceManager.cs).
    Invoke-Step 'deploy the ChatFirmware app' 'nanoff' $nanoff @('--nanodevice', '--deploy', '--serialport', $SerialPort, '--image', $Image)
    Write-Note 'If the app does not start by itself, press the board''s EN/RESET button. Its first start configures the Wi-Fi and reboots once (docs/device.md, "First boot").'
}
elseif ($makePassphrase) {
    Write-Note 'Now press the board''s EN/RESET button (or unplug it and plug it back in): the new Wi-Fi settings apply as it starts.'
}

if ($makePassphrase) {
    if ($dryRun -and -not $NewPassphrase -and -not $MassErase) {
        Write-Note 'On a board that does not run the chat yet, the script ends with this (a new passphrase each run):'
    }

    Show-JoinCodes $networkName $passphrase $chatAddress
}
elseif ($deploysApp) {
    Write-Note 'The board keeps its Wi-Fi name and passphrase; its administrator''s join card (/admin/card) shows them with their QR codes. -NewPassphrase makes a new one.'
}

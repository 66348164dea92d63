#Requires -Version 7.0

<#
.SYNOPSIS
    Flashes the .NET nanoFramework firmware onto an ESP32 and deploys the ChatFirmware app, with nanoff.

.DESCRIPTION
    PowerShell 7 on Windows, Linux or macOS. The steps, each one nanoff command:
      1. nanoff (the nanoFramework flasher, a .NET tool) is installed when missing:
         dotnet tool install --global nanoff  (with -UpdateNanoff: dotnet tool update --global nanoff)
      2. the firmware for -Target, unless -SkipFirmware:
         nanoff --update --target ESP32_REV0 --serialport COM5 [--fwversion X] [--masserase]
      3. the app image, unless -SkipApp, over the device's own wire protocol, which deploys to the
         address the firmware reports (the fixed address of "nanoff --target ... --deploy" does not
         match current ESP32 partition tables). After a firmware update the board is restarting, so
         its details are asked for first, a few times, until it answers:
         nanoff --nanodevice --devicedetails --serialport COM5
         nanoff --nanodevice --deploy --serialport COM5 --image ...\ChatFirmware.bin
    With -ResetChatData or -SettingsFile only files are copied to the board's I:\chat\ folder
    (nanoff --filedeployment), nothing is flashed; a file nanoff reports it could not write fails
    the script (nanoff itself exits 0 then).

    nanoff is a .NET 8 tool: it runs with DOTNET_ROLL_FORWARD=Major (unless you set another policy),
    so a machine with only a newer .NET runtime starts it too.

    -WhatIf prints the exact commands, one a line, and runs, installs and writes nothing.
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
    Only flash the firmware.

.PARAMETER MassErase
    Erase the whole flash before flashing the firmware. WARNING: this wipes the chat's users,
    sessions and history (I:\chat\) and the board's Wi-Fi configuration. A plain update keeps both.

.PARAMETER ResetChatData
    Recovery for a lost administrator password (needs the board on USB): copies the marker file
    I:\chat\reset-chat-data; at its next start the board erases users, sessions and history (not the
    Wi-Fi settings) and the first account registered becomes the administrator.

.PARAMETER SettingsFile
    A settings file (docs/settings.sample.json shows the format) copied to I:\chat\settings.json;
    the board reads it at its next start.

.PARAMETER UpdateNanoff
    Update nanoff to its newest version before flashing.

.EXAMPLE
    ./nf-flash.ps1 -SerialPort COM5
    Firmware for a classic ESP32, then the app.

.EXAMPLE
    ./nf-flash.ps1 -SerialPort /dev/ttyUSB0 -Target ESP32_S3_QUAD -FirmwareVersion 1.12.4.54 -WhatIf
    Prints the commands for an ESP32-S3 and a pinned firmware version, without running them.

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

    [switch] $UpdateNanoff
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

$filesOnly = $ResetChatData -or [bool]$SettingsFile
if ($filesOnly -and ($MassErase -or $FirmwareVersion)) {
    throw '-ResetChatData and -SettingsFile only copy files; run the firmware update separately.'
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

    # The board refuses a passphrase of fewer than 8 characters (it would use its own instead).
    $network = $settings.PSObject.Properties['Network']
    if ($network -and $network.Value -and $network.Value.PSObject.Properties['Passphrase']) {
        $passphrase = [string]$network.Value.Passphrase
        if ($passphrase.Length -gt 0 -and ($passphrase.Length -lt 8 -or $passphrase.Length -gt 63)) {
            throw "the Network.Passphrase in $SettingsFile must have 8 to 63 characters (or be empty for the board's own)"
        }
    }
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
    }

    if ($SettingsFile) {
        $files += [ordered]@{ DestinationFilePath = $chatFolder + 'settings.json'; SourceFilePath = $SettingsFile }
    }

    $deployPath = Join-Path $stage 'deploy.json'
    $deployJson = [ordered]@{ serialport = $SerialPort; files = $files } | ConvertTo-Json -Depth 4
    if ($dryRun) {
        Write-Note "$deployPath would hold:"
        foreach ($jsonLine in ($deployJson -split "`r?`n")) {
            Write-Note "  $jsonLine"
        }
    }
    else {
        New-Item -ItemType Directory -Force -Path $stage | Out-Null
        if ($ResetChatData) {
            Set-Content -LiteralPath (Join-Path $stage 'reset-chat-data') -Value ('reset requested ' + (Get-Date).ToUniversalTime().ToString('u')) -NoNewline
        }

        Set-Content -LiteralPath $deployPath -Value $deployJson
    }

    Invoke-Step "copy files to $chatFolder" 'nanoff' $nanoff @('--filedeployment', $deployPath, '--serialport', $SerialPort) $fileDeploymentFailures
    Write-Note 'Now press the board''s EN/RESET button (or unplug it and plug it back in): it acts on the files as it starts.'
    if ($ResetChatData) {
        Write-Note 'Its log then says "recovery: chat data erased"; register again: the first account is the administrator.'
    }

    exit 0
}

# 2. The firmware.
if (-not $SkipFirmware) {
    $update = @('--update', '--target', $Target, '--serialport', $SerialPort)
    if ($FirmwareVersion) {
        $update += @('--fwversion', $FirmwareVersion)
    }

    if ($MassErase) {
        Write-Warning '-MassErase wipes the whole flash: the chat''s users, sessions and history (I:\chat\) and the board''s Wi-Fi configuration.'
        $update += '--masserase'
    }

    Invoke-Step "flash the nanoFramework firmware ($Target)" 'nanoff' $nanoff $update
}

# 3. The app.
if (-not $SkipApp) {
    if (-not (Test-Path -LiteralPath $Image -PathType Leaf)) {
        $missing = "no app image at ${Image}: build src/ChatFirmware/ChatFirmware.nfproj in Release on Windows first (docs/device-quickstart.md), or pass -Image."
        if (-not $dryRun) {
            throw $missing
        }

        Write-Note $missing
    }

    if (-not $SkipFirmware) {
        Wait-ForBoard
    }

    # No --reset: a --nanodevice operation never reads it (nanoFirmwareFlasher.Tool/NanoDeviceManager.cs).
    Invoke-Step 'deploy the ChatFirmware app' 'nanoff' $nanoff @('--nanodevice', '--deploy', '--serialport', $SerialPort, '--image', $Image)
    Write-Note 'If the app does not start by itself, press the board''s EN/RESET button. Its first start configures the Wi-Fi and reboots once; the log names the network and its passphrase (docs/device.md, "First boot").'
}

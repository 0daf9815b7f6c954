@echo off
rem Starts objection-helper with the Java runtime in this folder; no Java or other tools needed.
rem Without arguments (a double-click) it starts the guided assistant and keeps the window open.
setlocal
set "here=%~dp0"
set "java=%here%runtime\bin\java.exe"
set "jar=%here%app\objection-helper.jar"
rem A class-data archive makes later starts faster. Java ties it to the folder it was recorded in,
rem so the first filing, demo or assistant in this folder records it, and a moved folder anew.
set "archive=%here%app\objection-helper.jsa"
set "recorded="
if exist "%archive%.for" set /p recorded=<"%archive%.for"
set cds=-Xshare:auto
if exist "%archive%" if "%recorded%"=="%here%" set cds=-XX:SharedArchiveFile="%archive%"
if "%cds%"=="-Xshare:auto" if "%~1"=="" goto record
if "%cds%"=="-Xshare:auto" if /i "%~1"=="demo" goto record
if "%cds%"=="-Xshare:auto" if /i "%~1"=="file" goto record
if "%cds%"=="-Xshare:auto" if /i "%~1"=="assist" goto record
goto start
:record
if exist "%archive%" del "%archive%"
>"%archive%.for" echo(%here%
if not errorlevel 1 set cds=-XX:ArchiveClassesAtExit="%archive%"
:start
set java_options=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 %cds% -Xlog:cds=off -Xlog:cds+dynamic=off
if "%~1"=="" goto assistant
"%java%" %java_options% -jar "%jar%" %*
exit /b %ERRORLEVEL%
:assistant
"%java%" %java_options% -jar "%jar%" assist
pause

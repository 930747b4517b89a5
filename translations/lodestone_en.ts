<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n event in view</numerusform>
            <numerusform>%n events in view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::EventExportController</name>
    <message numerus="yes">
        <source>%n events exported on %1</source>
        <translation>
            <numerusform>%n event exported on %1</numerusform>
            <numerusform>%n events exported on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::FilterBar</name>
    <message numerus="yes">
        <source>%n categor(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::ImportResultsDialog</name>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import stopped because the disk is full. The reports imported before that are kept; %n file(s) were not attempted. Free some disk space and import the same files again: the reports already stored will be listed as duplicates.</source>
        <translation>
            <numerusform>The import stopped because the disk is full. The reports imported before that are kept; %n file was not attempted. Free some disk space and import the same files again: the reports already stored will be listed as duplicates.</numerusform>
            <numerusform>The import stopped because the disk is full. The reports imported before that are kept; %n files were not attempted. Free some disk space and import the same files again: the reports already stored will be listed as duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::MainWindow</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified</source>
        <translation>
            <numerusform>%n verified</numerusform>
            <numerusform>%n verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::TagCommand</name>
    <message numerus="yes">
        <source>Mark %n report(s) %1</source>
        <translation>
            <numerusform>Mark %n report %1</numerusform>
            <numerusform>Mark %n reports %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::TimelineChart</name>
    <message numerus="yes">
        <source>%n more lane(s) not shown</source>
        <translation>
            <numerusform>%n more lane not shown</numerusform>
            <numerusform>%n more lanes not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n event shown</numerusform>
            <numerusform>%n events shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::TimelinePanel</name>
    <message numerus="yes">
        <source>Timeline written to %1: %n event(s)</source>
        <translation>
            <numerusform>Timeline written to %1: %n event</numerusform>
            <numerusform>Timeline written to %1: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lodestone::VerificationPanel</name>
    <message numerus="yes">
        <source>Mark %n report(s) as %1?</source>
        <translation>
            <numerusform>Mark %n report as %1?</numerusform>
            <numerusform>Mark %n reports as %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) selected: changes apply to all of them.</source>
        <translation>
            <numerusform>%n report selected: changes apply to all of them.</numerusform>
            <numerusform>%n reports selected: changes apply to all of them.</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n mention(s) written the same way; the ticked ones will be linked to %1.</source>
        <translation>
            <numerusform>%n mention written the same way; the ticked ones will be linked to %1.</numerusform>
            <numerusform>%n mentions written the same way; the ticked ones will be linked to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor mention(s) not linked yet</source>
        <translation>
            <numerusform>%n actor mention not linked yet</numerusform>
            <numerusform>%n actor mentions not linked yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of figures</source>
        <translation>
            <numerusform>%n group of figures</numerusform>
            <numerusform>%n groups of figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disagreement(s) flagged, %1 still open</source>
        <translation>
            <numerusform>%n disagreement flagged, %1 still open</numerusform>
            <numerusform>%n disagreements flagged, %1 still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) (shared claims and relations)</source>
        <translation>
            <numerusform>%n link (shared claims and relations)</numerusform>
            <numerusform>%n links (shared claims and relations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused change(s) queued again.</source>
        <translation>
            <numerusform>%n refused change queued again.</numerusform>
            <numerusform>%n refused changes queued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) have not reached the server yet. Unlink anyway? They stay in this project.</source>
        <translation>
            <numerusform>%n change have not reached the server yet. Unlink anyway? They stay in this project.</numerusform>
            <numerusform>%n changes have not reached the server yet. Unlink anyway? They stay in this project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n annotation(s)</source>
        <translation>
            <numerusform>delete %n annotation</numerusform>
            <numerusform>delete %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n link(s)</source>
        <translation>
            <numerusform>delete %n link</numerusform>
            <numerusform>delete %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accept %n annotation(s)</source>
        <translation>
            <numerusform>accept %n annotation</numerusform>
            <numerusform>accept %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reject %n annotation(s)</source>
        <translation>
            <numerusform>reject %n annotation</numerusform>
            <numerusform>reject %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unlink %n mention(s)</source>
        <translation>
            <numerusform>unlink %n mention</numerusform>
            <numerusform>unlink %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link %n mention(s) to %1</source>
        <translation>
            <numerusform>link %n mention to %1</numerusform>
            <numerusform>link %n mentions to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this mention is linked to it %1 of %n time(s)</source>
        <translation>
            <numerusform>this mention is linked to it %1 of %n time</numerusform>
            <numerusform>this mention is linked to it %1 of %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n mention written the same way; the ticked ones will be linked to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n mention written the same way; the ticked ones will be linked to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n mentions written the same way; the ticked ones will be linked to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n actor mention not linked yet&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n actor mention not linked yet&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actor mentions not linked yet&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 of %n claim&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 of %n claim&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 of %n claims&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n group of figures&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n group of figures&lt;/numerusform&gt;
            &lt;numerusform&gt;%n groups of figures&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n disagreement flagged, %1 still open&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n disagreement flagged, %1 still open&lt;/numerusform&gt;
            &lt;numerusform&gt;%n disagreements flagged, %1 still open&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n actor&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n actor&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actors&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n link (shared claims and relations)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n link (shared claims and relations)&lt;/numerusform&gt;
            &lt;numerusform&gt;%n links (shared claims and relations)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n refused change queued again.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n refused change queued again.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n refused changes queued again.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n change have not reached the server yet. Unlink anyway? They stay in this project.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n change have not reached the server yet. Unlink anyway? They stay in this project.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n changes have not reached the server yet. Unlink anyway? They stay in this project.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;delete %n annotation&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;delete %n annotation&lt;/numerusform&gt;
            &lt;numerusform&gt;delete %n annotations&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;delete %n link&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;delete %n link&lt;/numerusform&gt;
            &lt;numerusform&gt;delete %n links&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;accept %n annotation&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;accept %n annotation&lt;/numerusform&gt;
            &lt;numerusform&gt;accept %n annotations&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;reject %n annotation&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;reject %n annotation&lt;/numerusform&gt;
            &lt;numerusform&gt;reject %n annotations&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;unlink %n mention&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;unlink %n mention&lt;/numerusform&gt;
            &lt;numerusform&gt;unlink %n mentions&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;link %n mention to %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;link %n mention to %1&lt;/numerusform&gt;
            &lt;numerusform&gt;link %n mentions to %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;this mention is linked to it %1 of %n time&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;this mention is linked to it %1 of %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;this mention is linked to it %1 of %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n change waiting</numerusform>
            <numerusform>%n mentions written the same way; the ticked ones will be linked to %1.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n mention written the same way; the ticked ones will be linked to %1.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n mentions written the same way; the ticked ones will be linked to %1.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n actor mentions not linked yet&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n actor mention not linked yet&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actor mentions not linked yet&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%1 of %n claims&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%1 of %n claim&lt;/numerusform&gt;
            &lt;numerusform&gt;%1 of %n claims&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n groups of figures&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n group of figures&lt;/numerusform&gt;
            &lt;numerusform&gt;%n groups of figures&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n disagreements flagged, %1 still open&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n disagreement flagged, %1 still open&lt;/numerusform&gt;
            &lt;numerusform&gt;%n disagreements flagged, %1 still open&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n actors&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n actor&lt;/numerusform&gt;
            &lt;numerusform&gt;%n actors&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n links (shared claims and relations)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n link (shared claims and relations)&lt;/numerusform&gt;
            &lt;numerusform&gt;%n links (shared claims and relations)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n refused changes queued again.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n refused change queued again.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n refused changes queued again.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n changes have not reached the server yet. Unlink anyway? They stay in this project.&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%n change have not reached the server yet. Unlink anyway? They stay in this project.&lt;/numerusform&gt;
            &lt;numerusform&gt;%n changes have not reached the server yet. Unlink anyway? They stay in this project.&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;delete %n annotations&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;delete %n annotation&lt;/numerusform&gt;
            &lt;numerusform&gt;delete %n annotations&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;delete %n links&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;delete %n link&lt;/numerusform&gt;
            &lt;numerusform&gt;delete %n links&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;accept %n annotations&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;accept %n annotation&lt;/numerusform&gt;
            &lt;numerusform&gt;accept %n annotations&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;reject %n annotations&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;reject %n annotation&lt;/numerusform&gt;
            &lt;numerusform&gt;reject %n annotations&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;unlink %n mentions&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;unlink %n mention&lt;/numerusform&gt;
            &lt;numerusform&gt;unlink %n mentions&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;link %n mentions to %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;link %n mention to %1&lt;/numerusform&gt;
            &lt;numerusform&gt;link %n mentions to %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;this mention is linked to it %1 of %n times&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;this mention is linked to it %1 of %n time&lt;/numerusform&gt;
            &lt;numerusform&gt;this mention is linked to it %1 of %n times&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;source&gt;%n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>The team server refused %n change(s); File → Team project… lists them.</source>
        <translation>
            <numerusform>The team server refused %n change; File → Team project… lists them.</numerusform>
            <numerusform>The team server refused %n changes; File → Team project… lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) with the team server: both versions kept for review.</source>
        <translation>
            <numerusform>%n conflict with the team server: both versions kept for review.</numerusform>
            <numerusform>%n conflicts with the team server: both versions kept for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s) from the team</source>
        <translation>
            <numerusform>%n new annotation from the team</numerusform>
            <numerusform>%n new annotations from the team</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionPlan</name>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="80"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="81"/>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="188"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="82"/>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="207"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="83"/>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="218"/>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="84"/>
        <source>Fra punkt</source>
        <translation>From item</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="153"/>
        <source>Ret handling</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="155"/>
        <source>Ny handling</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="164"/>
        <source>Fra punktet: {0}</source>
        <translation>From the item: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="170"/>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="475"/>
        <source>Hvad skal gøres</source>
        <translation>What needs to be done</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="172"/>
        <source>&amp;Hvad skal gøres?</source>
        <translation>&amp;What needs to be done?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="185"/>
        <source>Anden (skriv navn)</source>
        <translation>Someone else (type name)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="189"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="196"/>
        <source>Navn på den ansvarlige</source>
        <translation>Name of the person responsible</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="197"/>
        <source>&amp;Navn på den ansvarlige:</source>
        <translation>&amp;Name of the person responsible:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="208"/>
        <source>&amp;Frist:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="216"/>
        <source>&amp;Udført</source>
        <translation>D&amp;one</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="225"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="228"/>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="231"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="230"/>
        <source>Gem handlingen</source>
        <translation>Save the action</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="315"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="317"/>
        <source>Det, I aftaler at gøre: hvem gør hvad, og hvornår. Vælg en handling og tryk Enter for at rette den, eller Delete for at slette den.</source>
        <translation>What you agree to do: who does what, and when. Select an action and press Enter to edit it, or Delete to delete it.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="328"/>
        <source>&amp;Opfølgningsdato:</source>
        <translation>Follow-&amp;up date:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="332"/>
        <source>Opfølgningsdato</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="333"/>
        <source>Hvornår I mødes igen for at følge op på aftalen.</source>
        <translation>When you meet again to follow up on the agreement.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="364"/>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="366"/>
        <source>Enter retter den valgte handling, Delete sletter den.</source>
        <translation>Enter edits the selected action, Delete deletes it.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="379"/>
        <source>T&amp;ilføj handling…</source>
        <translation>&amp;Add action…</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="382"/>
        <source>S&amp;let…</source>
        <translation>Dele&amp;te…</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="380"/>
        <source>&amp;Ret…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="381"/>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="443"/>
        <source>Marker som &amp;udført</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="383"/>
        <source>Tilføj handling</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="384"/>
        <source>Ret den valgte handling</source>
        <translation>Edit the selected action</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="386"/>
        <source>Marker den valgte handling som udført eller ikke udført</source>
        <translation>Mark the selected action as done or not done</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="388"/>
        <source>Slet den valgte handling</source>
        <translation>Delete the selected action</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="432"/>
        <source>{0} handlinger, {1} udført</source>
        <translation>{0} actions, {1} done</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="441"/>
        <source>Marker som ikke &amp;udført</source>
        <translation>Mark as not &amp;done</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="503"/>
        <source>Slet handling</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="504"/>
        <source>Vil I slette handlingen »{0}«? Det kan ikke fortrydes.</source>
        <translation>Do you want to delete the action “{0}”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="507"/>
        <source>&amp;Slet</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/action_plan.py" line="508"/>
        <source>&amp;Behold</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>BetweenMeetings</name>
    <message>
        <location filename="../../remotework_desktop/gui/window_between.py" line="44"/>
        <source>Oplysningerne er gemt.</source>
        <translation>The details are saved.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_between.py" line="86"/>
        <source>Gem i kalender</source>
        <translation>Save to calendar</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_between.py" line="94"/>
        <source>Kalenderfilen kunne ikke gemmes.</source>
        <translation>The calendar file could not be saved.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_between.py" line="96"/>
        <source>Kalenderfilen er gemt.</source>
        <translation>The calendar file is saved.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_between.py" line="114"/>
        <source>Den nye version kunne ikke startes.</source>
        <translation>The new version could not be started.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_between.py" line="127"/>
        <source>Opfølgningsmødet kunne ikke startes.</source>
        <translation>The follow-up meeting could not be started.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="83"/>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="84"/>
        <source>Gem i kalender</source>
        <translation>Save to calendar</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="87"/>
        <source>Opfølgningsdatoen gemmes som en kalenderfil (.ics), som Outlook og Google Kalender kan importere. Ingen noter eller fortrolige svar kommer med.</source>
        <translation>The follow-up date is saved as a calendar file (.ics) that Outlook and Google Calendar can import. No notes or private answers are included.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="92"/>
        <source>Tag &amp;handlingernes frister med</source>
        <translation>Include the actions&apos; &amp;deadlines</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="93"/>
        <source>Tag handlingernes frister med</source>
        <translation>Include the actions&apos; deadlines</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="97"/>
        <source>&amp;Gem …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="98"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../remotework_desktop/gui/editor/checklist_page.py" line="66"/>
        <source>&amp;Gå til afsnit:</source>
        <translation>&amp;Go to section:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/checklist_page.py" line="69"/>
        <source>Gå til afsnit</source>
        <translation>Go to section</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/checklist_page.py" line="74"/>
        <source>Tjeklisten har {0} afsnit</source>
        <translation>The checklist has {0} sections</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/checklist_page.py" line="121"/>
        <source>Afsnit {0} af {1}: {2}</source>
        <translation>Section {0} of {1}: {2}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="30"/>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="31"/>
        <source>Start opfølgningsmøde</source>
        <translation>Start follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="37"/>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="38"/>
        <source>Opfølgningsmødets dato</source>
        <translation>Date of the follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="40"/>
        <source>Skrives som dag-måned-år, fx 31-01-2026, eller vælg i kalenderen.</source>
        <translation>Typed as day-month-year, e.g. 31-01-2026, or pick it in the calendar.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="44"/>
        <source>Opfølgningsmødets &amp;dato:</source>
        <translation>&amp;Date of the follow-up meeting:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="53"/>
        <source>&amp;Start opfølgningen</source>
        <translation>&amp;Start the follow-up</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/between_dialogs.py" line="54"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ItemWidgets</name>
    <message>
        <location filename="../../remotework_desktop/gui/widgets.py" line="62"/>
        <source>Fejl: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/widgets.py" line="139"/>
        <source>dd-mm-åååå</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/widgets.py" line="143"/>
        <source>Kalender…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/widgets.py" line="144"/>
        <source>Vælg dato i kalender</source>
        <translation>Pick a date in the calendar</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/widgets.py" line="171"/>
        <source>Vælg dato</source>
        <translation>Pick a date</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/widgets.py" line="173"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="355"/>
        <source>Et tal fra {0} til {1}</source>
        <translation>A number from {0} to {1}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="359"/>
        <source>Et tal</source>
        <translation>A number</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="380"/>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="382"/>
        <source>tt.mm</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="379"/>
        <source>F&amp;ra kl.</source>
        <translation>F&amp;rom</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="381"/>
        <source>ti&amp;l kl.</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="395"/>
        <source>Skriv både fra og til.</source>
        <translation>Type both from and to.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="415"/>
        <source>Fra klokken – {0}</source>
        <translation>From time – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/answer_controls.py" line="416"/>
        <source>Til klokken – {0}</source>
        <translation>To time – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="45"/>
        <source>Mest til lederen</source>
        <translation>Mainly for the manager</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="47"/>
        <source>Mest til medarbejderen</source>
        <translation>Mainly for the employee</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="48"/>
        <source>Til jer begge</source>
        <translation>For both of you</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="100"/>
        <source>Aftalt sidst: {answer}</source>
        <translation>Agreed last time: {answer}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="133"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="139"/>
        <source>Status – {0}</source>
        <translation>Status – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="142"/>
        <source>Fortroligt</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="145"/>
        <source>– kommer ikke med i udskriften</source>
        <translation>– left out of the printout</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="149"/>
        <source>Fortroligt – {0}</source>
        <translation>Confidential – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="152"/>
        <source>Punktet gemmes, men kommer ikke med i den udskrevne aftale.</source>
        <translation>The item is saved but left out of the printed agreement.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="167"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="171"/>
        <source>Skriv en note til punktet (valgfrit)</source>
        <translation>Write a note for the item (optional)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="173"/>
        <source>Note – {0}</source>
        <translation>Note – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="183"/>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="281"/>
        <source>Hjælp (F1)</source>
        <translation>Help (F1)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="186"/>
        <source>Vis hjælp – {0}</source>
        <translation>Show help – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="194"/>
        <source>Gør til handling…</source>
        <translation>Make it an action…</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="196"/>
        <source>Gør til handling – {0}</source>
        <translation>Make it an action – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="215"/>
        <source>Hjælp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="233"/>
        <source>= Uændret siden aftalen</source>
        <translation>= Kept since the agreement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="234"/>
        <source>✎ Ændret siden aftalen</source>
        <translation>✎ Changed since the agreement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="235"/>
        <source>+ Nyt siden aftalen</source>
        <translation>+ New since the agreement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="279"/>
        <source>Skjul hjælp (F1)</source>
        <translation>Hide help (F1)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/item_card.py" line="286"/>
        <source>{0} handling(er) fra dette punkt</source>
        <translation>{0} action(s) from this item</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../remotework_desktop/gui/i18n.py" line="65"/>
        <location filename="../../remotework_desktop/gui/main_window.py" line="95"/>
        <location filename="../../remotework_desktop/gui/main_window.py" line="341"/>
        <location filename="../../remotework_desktop/gui/main_window.py" line="401"/>
        <source>Hjemmearbejde</source>
        <translation>Working from home</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="96"/>
        <source>Hjemmearbejde – hovedvindue</source>
        <translation>Working from home – main window</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="29"/>
        <source>← &amp;Tilbage til oversigten</source>
        <translation>← &amp;Back to the overview</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="30"/>
        <source>Tilbage til oversigten</source>
        <translation>Back to the overview</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="32"/>
        <source>Gemmer mødet og viser listen over møder. Genvej: Alt+Venstre.</source>
        <translation>Saves the meeting and shows the list of meetings. Shortcut: Alt+Left.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="35"/>
        <source>Mødets titel</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="39"/>
        <source>Ret oplysninger …</source>
        <translation>Edit details …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="40"/>
        <source>Ret mødets oplysninger</source>
        <translation>Edit the meeting&apos;s details</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="41"/>
        <source>Gem i kalender …</source>
        <translation>Save to calendar …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="43"/>
        <source>Gem opfølgningen i kalenderen</source>
        <translation>Save the follow-up to the calendar</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_page.py" line="47"/>
        <source>Start &amp;møde med en medarbejder …</source>
        <translation>Start a &amp;meeting with an employee …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="131"/>
        <source>Gemmestatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="136"/>
        <source>Hvorfor mødet ikke kunne gemmes</source>
        <translation>Why the meeting could not be saved</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="140"/>
        <source>Kun visning – programmet er åbent i et andet vindue</source>
        <translation>View only – the program is open in another window</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="169"/>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="170"/>
        <source>&amp;Luk besked</source>
        <translation>&amp;Close message</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="171"/>
        <source>Luk besked</source>
        <translation>Close message</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="285"/>
        <source>Mødet kunne ikke oprettes.</source>
        <translation>The meeting could not be created.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="312"/>
        <source>Mødet kunne ikke åbnes.</source>
        <translation>The meeting could not be opened.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="388"/>
        <source>Mødet kunne ikke gemmes, så det bliver stående åbent.</source>
        <translation>The meeting could not be saved, so it stays open.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="427"/>
        <source>Mødet er gemt kl. {time}.</source>
        <translation>The meeting was saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="448"/>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="449"/>
        <location filename="../../remotework_desktop/gui/main_window.py" line="450"/>
        <source>Gemmer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="451"/>
        <source>Kunne ikke gemme – prøver igen</source>
        <translation>Could not save – trying again</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="487"/>
        <source>Mødet kunne ikke gemmes</source>
        <translation>The meeting could not be saved</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="489"/>
        <source>De seneste ændringer kunne ikke gemmes: {reason}

Hvis du lukker nu, går de tabt. Programmet prøver fortsat at gemme, hvis du lader det være åbent.</source>
        <translation>The latest changes could not be saved: {reason}

If you close now, they will be lost. The program keeps trying to save if you leave it open.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="493"/>
        <source>&amp;Luk alligevel</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/main_window.py" line="494"/>
        <source>&amp;Bliv i programmet</source>
        <translation>&amp;Stay in the program</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../remotework_desktop/gui/editor/meeting_editor.py" line="55"/>
        <source>Aftalen er underskrevet og låst. Den kan læses og udskrives, men ikke ændres.</source>
        <translation>The agreement is signed and locked. It can be read and printed, but not changed.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/meeting_editor.py" line="79"/>
        <source>Fremdrift for hele mødet</source>
        <translation>Progress for the whole meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/meeting_editor.py" line="89"/>
        <source>Mødets sider</source>
        <translation>Meeting pages</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/meeting_editor.py" line="91"/>
        <source>Pil op og ned skifter side. Ctrl+Page Down går til næste.</source>
        <translation>Arrow up and down change page. Ctrl+Page Down goes to the next.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/meeting_editor.py" line="114"/>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/meeting_editor.py" line="194"/>
        <source>{0} af {1} punkter drøftet</source>
        <translation>{0} of {1} items discussed</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/meeting_editor.py" line="205"/>
        <source>{0}
{1} af {2} drøftet</source>
        <translation>{0}
{1} of {2} discussed</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_hooks.py" line="59"/>
        <source>{0}
1 opgave</source>
        <translation>{0}
1 task</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_hooks.py" line="61"/>
        <source>{0}
{1} opgaver</source>
        <translation>{0}
{1} tasks</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="64"/>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="65"/>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="68"/>
        <source>Medarbejder eller virksomhed</source>
        <translation>Employee or company</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="70"/>
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="72"/>
        <source>Søg på medarbejderens eller virksomhedens navn. Genvej: Ctrl+F.</source>
        <translation>Search by the employee&apos;s or the company&apos;s name. Shortcut: Ctrl+F.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="74"/>
        <source>Sø&amp;g:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="77"/>
        <source>Alle møder</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="78"/>
        <source>Opfølgning snart eller overskredet</source>
        <translation>Follow-up due soon or overdue</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="79"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="81"/>
        <source>Vis alle møder eller kun aftaler, hvis opfølgning snart skal ske.</source>
        <translation>Show all meetings or only agreements whose follow-up is due soon.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="83"/>
        <source>V&amp;is:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="89"/>
        <source>Medarbejder</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="90"/>
        <source>Virksomhed</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="91"/>
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="92"/>
        <source>Mødedato</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="94"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="118"/>
        <source>Gemte møder</source>
        <translation>Saved meetings</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="120"/>
        <source>Vælg et møde med piletasterne og tryk Enter for at åbne det.</source>
        <translation>Select a meeting with the arrow keys and press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="135"/>
        <source>Ingen møder</source>
        <translation>No meetings</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="137"/>
        <source>&amp;Åbn</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="138"/>
        <source>Åbn det valgte møde</source>
        <translation>Open the selected meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="140"/>
        <source>&amp;Nyt møde …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="141"/>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="142"/>
        <source>Start et nyt møde. Genvej: Ctrl+N.</source>
        <translation>Start a new meeting. Shortcut: Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="144"/>
        <source>S&amp;let …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="145"/>
        <source>Slet det valgte møde</source>
        <translation>Delete the selected meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="147"/>
        <source>Sletter mødet helt efter en bekræftelse.</source>
        <translation>Deletes the meeting completely after you confirm.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="199"/>
        <source>Underskrevet</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="199"/>
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="202"/>
        <source>(version {n})</source>
        <translation>(version {n})</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="341"/>
        <source>Der er ingen møder endnu. Vælg »Nyt møde« for at starte det første.</source>
        <translation>There are no meetings yet. Choose “New meeting” to start the first one.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/meeting_list.py" line="344"/>
        <source>Ingen møder passer til søgningen.</source>
        <translation>No meetings match the search.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="64"/>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="64"/>
        <source>Ret oplysninger</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="66"/>
        <source>Start møde ud fra forberedelsen</source>
        <translation>Start a meeting from the preparation</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="98"/>
        <source>&amp;Virksomhed:</source>
        <translation>C&amp;ompany:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="98"/>
        <source>Virksomhedens navn</source>
        <translation>The company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="101"/>
        <source>&amp;Leders navn:</source>
        <translation>&amp;Manager&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="103"/>
        <source>Lederens fulde navn</source>
        <translation>The manager&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="107"/>
        <source>Lederens &amp;titel:</source>
        <translation>Manager&apos;s &amp;title:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="109"/>
        <source>Lederens titel (kan udelades)</source>
        <translation>The manager&apos;s title (optional)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="113"/>
        <source>&amp;Medarbejders navn:</source>
        <translation>&amp;Employee&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="115"/>
        <source>Medarbejderens fulde navn</source>
        <translation>The employee&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="117"/>
        <source>Møde&amp;dato:</source>
        <translation>Meeting &amp;date:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="117"/>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="144"/>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="145"/>
        <source>Mødets dato</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="132"/>
        <source>Aftalens sp&amp;rog:</source>
        <translation>Agreement &amp;language:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="141"/>
        <source>Skrives som dag-måned-år, fx 31-01-2026, eller vælg i kalenderen.</source>
        <translation>Typed as day-month-year, e.g. 31-01-2026, or pick it in the calendar.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="322"/>
        <source>Fjern tjeklister med svar?</source>
        <translation>Remove checklists with answers?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="324"/>
        <source>{n} tjekliste(r), du har fjernet krydset ved, har svar eller noter. De forsvinder fra mødet, når du gemmer.</source>
        <translation>{n} checklist(s) you unticked hold answers or notes. They disappear from the meeting when you save.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="327"/>
        <source>&amp;Fjern dem</source>
        <translation>&amp;Remove them</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="328"/>
        <source>&amp;Behold dem</source>
        <translation>&amp;Keep them</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="134"/>
        <source>Aftalens sprog</source>
        <translation>Language of the agreement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="136"/>
        <source>Sproget, som tjeklisterne og den udskrevne aftale bruger.</source>
        <translation>The language used by the checklists and the printed agreement.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="148"/>
        <source>Tjeklister</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="149"/>
        <source>Tjeklister til mødet</source>
        <translation>Checklists for the meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="160"/>
        <source>Der er ingen tjeklister at vælge imellem.</source>
        <translation>There are no checklists to choose from.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="177"/>
        <source>Nogle tjeklistefiler kunne ikke indlæses og kan ikke vælges. De øvrige virker som normalt.</source>
        <translation>Some checklist files could not be loaded and cannot be chosen. The others work as normal.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="185"/>
        <source>Tjeklister med fejl</source>
        <translation>Checklists with errors</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="192"/>
        <source>&amp;Start mødet</source>
        <translation>&amp;Start the meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="193"/>
        <source>Start mødet</source>
        <translation>Start the meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="195"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="196"/>
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="221"/>
        <source>&amp;Gem oplysningerne</source>
        <translation>&amp;Save the details</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="222"/>
        <source>Gem oplysningerne</source>
        <translation>Save the details</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/new_meeting_dialog.py" line="228"/>
        <source>Fejl</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="34"/>
        <source>PDF&apos;en blev ikke gemt: disken er fuld. Frigør plads, og prøv igen.</source>
        <translation>The PDF was not saved: the disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="37"/>
        <source>PDF&apos;en blev ikke gemt: programmet har ikke lov til at skrive i mappen {0}. Vælg en anden mappe.</source>
        <translation>The PDF was not saved: the program may not write to the folder {0}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="41"/>
        <source>PDF&apos;en blev ikke gemt: mappen {0} findes ikke.</source>
        <translation>The PDF was not saved: the folder {0} does not exist.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="45"/>
        <source>PDF&apos;en blev ikke gemt ({0}).</source>
        <translation>The PDF was not saved ({0}).</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="51"/>
        <source>Aftale om hjemmearbejde – {0}</source>
        <translation>Agreement on working from home – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="71"/>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="73"/>
        <source>PDF-dokumenter (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="83"/>
        <source>PDF&apos;en blev ikke gemt, fordi mødet ikke kunne gemmes først.</source>
        <translation>The PDF was not saved because the meeting could not be saved first.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="101"/>
        <source>PDF&apos;en blev ikke gemt: {0}</source>
        <translation>The PDF was not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="110"/>
        <source>PDF&apos;en er gemt i {0}, men den svarer ikke helt til visningen, fordi de seneste ændringer ikke var gemt. Gem mødet, og gem PDF&apos;en igen.</source>
        <translation>The PDF is saved in {0}, but it does not quite match the view because the latest changes were not saved. Save the meeting, and save the PDF again.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/output.py" line="115"/>
        <source>✓ Gemt: {0}</source>
        <translation>✓ Saved: {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="192"/>
        <source>Status for udskrift</source>
        <translation>Print status</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="193"/>
        <source>&amp;Udskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="194"/>
        <source>Udskriv dokumentet</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="196"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="197"/>
        <source>Luk forhåndsvisningen</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="226"/>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="232"/>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="249"/>
        <source>Udskriver …</source>
        <translation>Printing …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="233"/>
        <source>&amp;Annuller</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="238"/>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="239"/>
        <source>Udskriver</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="267"/>
        <source>Udskriver side {0} af {1} …</source>
        <translation>Printing page {0} of {1} …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="277"/>
        <source>Fejl: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="282"/>
        <source>Udskriften blev annulleret.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="284"/>
        <source>{0} sider sendt til printeren.</source>
        <translation>{0} pages sent to the printer.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="68"/>
        <source>PDF-filen kunne ikke læses. Den er måske beskadiget.</source>
        <translation>The PDF file could not be read. It may be damaged.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="109"/>
        <source>Printeren kunne ikke startes. Tjek at den er tændt og valgt.</source>
        <translation>The printer could not be started. Check that it is switched on and selected.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/printing.py" line="60"/>
        <source>Printeren stoppede midt i udskriften.</source>
        <translation>The printer stopped in the middle of printing.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="217"/>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="218"/>
        <source>Forrige side</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="219"/>
        <source>Forrige side (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="225"/>
        <source>Sidenummer</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="227"/>
        <source>S&amp;ide</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="230"/>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="231"/>
        <source>Næste side</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="232"/>
        <source>Næste side (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="233"/>
        <source>Formindsk</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="234"/>
        <source>Formindsk visningen</source>
        <translation>Make the view smaller</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="235"/>
        <source>Formindsk (minus)</source>
        <translation>Zoom out (minus)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="237"/>
        <source>Forstør</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="238"/>
        <source>Forstør visningen</source>
        <translation>Make the view larger</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="239"/>
        <source>Forstør (plus)</source>
        <translation>Zoom in (plus)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="240"/>
        <source>Tilpas &amp;bredde</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="241"/>
        <source>Tilpas siden til vinduets bredde</source>
        <translation>Fit the page to the width of the window</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="272"/>
        <source>Dokumentets sider</source>
        <translation>The document&apos;s pages</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="275"/>
        <source>Piletaster og Page Up/Page Down ruller; plus og minus zoomer; Home og End går til første og sidste side.</source>
        <translation>Arrow keys and Page Up/Page Down scroll; plus and minus zoom; Home and End go to the first and last page.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="425"/>
        <source>Side {0} af {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="487"/>
        <source>af {0}</source>
        <translation>of {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/pdf_view.py" line="493"/>
        <source>Zoom {0} procent</source>
        <translation>Zoom {0} percent</translation>
    </message>
</context>
<context>
    <name>Preparation</name>
    <message>
        <location filename="../../remotework_desktop/gui/preparation.py" line="41"/>
        <source>Mødet kunne ikke oprettes.</source>
        <translation>The meeting could not be created.</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/reading_view.py" line="15"/>
        <source>Læs planen</source>
        <translation>Read the plan</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/reading_view.py" line="16"/>
        <source>Læs planen i hele vinduet</source>
        <translation>Read the plan in the whole window</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/reading_view.py" line="17"/>
        <source>Tryk Esc for at lukke visningen.</source>
        <translation>Press Esc to close the view.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/reading_view.py" line="20"/>
        <source>Den aftalte plan, som den udskrives</source>
        <translation>The agreed plan, as it will be printed</translation>
    </message>
</context>
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../remotework_desktop/gui/restore.py" line="25"/>
        <source>Vælg sikkerhedskopien, der skal gendannes</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/restore.py" line="27"/>
        <source>Sikkerhedskopier (*.zip)</source>
        <translation>Backups (*.zip)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/restore.py" line="44"/>
        <source>Datamappen har nu {now} møder. Sikkerhedskopien har {incoming}. Hvis du gendanner, erstattes alle {now} møder af de {incoming} fra sikkerhedskopien. De nuværende data gemmes først i en sikkerhedskopi i mappen &apos;backups&apos;.</source>
        <translation>The data folder now holds {now} meetings. The backup holds {incoming}. If you restore, all {now} meetings are replaced by the {incoming} from the backup. The current data is first saved in a backup in the &apos;backups&apos; folder.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/restore.py" line="53"/>
        <source>Erstat møderne?</source>
        <translation>Replace the meetings?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/restore.py" line="55"/>
        <source>&amp;Gendan alligevel</source>
        <translation>&amp;Restore anyway</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/restore.py" line="56"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/restore.py" line="64"/>
        <source>Sikkerhedskopien kunne ikke gendannes.</source>
        <translation>The backup could not be restored.</translation>
    </message>
</context>
<context>
    <name>ReviewHooks</name>
    <message>
        <location filename="../../remotework_desktop/gui/window_review.py" line="38"/>
        <source>Gennemse og underskriv</source>
        <translation>Review and sign</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_review.py" line="75"/>
        <source>Underskriften er gemt.</source>
        <translation>The signature is saved.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_review.py" line="87"/>
        <source>Aftalen er underskrevet af begge og låst. Den kan nu udskrives.</source>
        <translation>Both have signed and the agreement is locked. It can now be printed.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="91"/>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="93"/>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="95"/>
        <source>Gennemse og underskriv</source>
        <translation>Review and sign</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="98"/>
        <source>Sådan ser den aftalte plan ud, når den bliver udskrevet. Læs den igennem sammen, før I skriver under.</source>
        <translation>This is how the agreed plan looks when printed. Read it through together before you sign.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="109"/>
        <source>Aftalens tilstand</source>
        <translation>State of the agreement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="126"/>
        <source>Den aftalte plan, som den udskrives</source>
        <translation>The agreed plan, as it will be printed</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="129"/>
        <source>Planen bliver gjort klar til visning …</source>
        <translation>Preparing the plan for display …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="134"/>
        <source>Planen bliver gjort klar til visning</source>
        <translation>Preparing the plan for display</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="135"/>
        <source>Fejl ved visning af planen</source>
        <translation>Error showing the plan</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="137"/>
        <source>Medtag f&amp;ortrolige noter</source>
        <translation>Include c&amp;onfidential notes</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="138"/>
        <source>Medtag fortrolige noter</source>
        <translation>Include confidential notes</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="141"/>
        <source>Fortrolige noter er normalt udeladt af den udskrevne plan. Gælder visning, udskrift og gemt PDF.</source>
        <translation>Confidential notes are normally left out of the printed plan. Applies to the view, printing and the saved PDF.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="145"/>
        <source>Vis P&amp;DF / Udskriv …</source>
        <translation>Show P&amp;DF / Print …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="146"/>
        <source>Vis PDF og udskriv</source>
        <translation>Show PDF and print</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="147"/>
        <source>&amp;Gem som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="148"/>
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="152"/>
        <source>Status for gemt PDF</source>
        <translation>Status of the saved PDF</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="155"/>
        <source>Læs planen i hele vinduet</source>
        <translation>Read the plan in the whole window</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="390"/>
        <source>Planen kunne ikke vises: {0}</source>
        <translation>The plan could not be shown: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="154"/>
        <source>&amp;Læs i hele vinduet</source>
        <translation>&amp;Read in the whole window</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="157"/>
        <source>Genvej: F11. Esc lukker visningen igen.</source>
        <translation>Shortcut: F11. Esc closes the view again.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="163"/>
        <source>Læs planen i hele vinduet (F11)</source>
        <translation>Read the plan in the whole window (F11)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="183"/>
        <source>Fejl ved underskrift</source>
        <translation>Error when signing</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="185"/>
        <source>Start &amp;ny version for at ændre</source>
        <translation>Start a &amp;new version to make changes</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="186"/>
        <source>Start ny version for at ændre</source>
        <translation>Start a new version to make changes</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="189"/>
        <source>Den underskrevne aftale bliver ikke ændret. I får en ny kladde at rette i, som I skal underskrive igen.</source>
        <translation>The signed agreement is not changed. You get a new draft to edit, which you must sign again.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="194"/>
        <source>Start o&amp;pfølgningsmøde</source>
        <translation>Start follow-&amp;up meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="195"/>
        <source>Start opfølgningsmøde</source>
        <translation>Start follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="198"/>
        <source>Et nyt møde, hvor I følger op på denne aftale. Handlinger, der ikke er udført, følger med.</source>
        <translation>A new meeting where you follow up on this agreement. Actions not yet done are carried over.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/review_page.py" line="274"/>
        <source>medarbejder</source>
        <translation>employee</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="65"/>
        <source>Vælg, hvordan du vil skrive under. Begge måder gælder lige meget: tegn din underskrift, eller skriv dit fulde navn.</source>
        <translation>Choose how you want to sign. Both ways count equally: draw your signature, or type your full name.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="73"/>
        <source>&amp;Ryd</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="74"/>
        <source>Ryd underskriftsfeltet</source>
        <translation>Clear the signature field</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="75"/>
        <source>&amp;Fortryd streg</source>
        <translation>&amp;Undo stroke</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="76"/>
        <source>Fortryd sidste streg</source>
        <translation>Undo the last stroke</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="78"/>
        <source>Dit fulde navn</source>
        <translation>Your full name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="80"/>
        <source>Navnet står med underskriften. Ret det, hvis det ikke er dit.</source>
        <translation>The name goes with the signature. Correct it if it is not yours.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="82"/>
        <source>Dit fulde n&amp;avn:</source>
        <translation>Your full n&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="84"/>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="117"/>
        <source>Fejl ved navnet</source>
        <translation>Error in the name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="101"/>
        <source>Dit fulde navn som underskrift</source>
        <translation>Your full name as signature</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="57"/>
        <source>Underskrift – {0}</source>
        <translation>Signature – {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="60"/>
        <source>{0}: {1} skriver under</source>
        <translation>{0}: {1} is signing</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="103"/>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="107"/>
        <source>Skriv navnet, som det står på mødet: {0}.</source>
        <translation>Type the name as it appears on the meeting: {0}.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="105"/>
        <source>Skriv dit fulde &amp;navn som underskrift:</source>
        <translation>Type your full &amp;name as signature:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="116"/>
        <source>Sådan står underskriften</source>
        <translation>How the signature will appear</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="129"/>
        <source>&amp;Tegn underskrift</source>
        <translation>&amp;Draw signature</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="130"/>
        <source>&amp;Skriv navn</source>
        <translation>&amp;Type name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="131"/>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="132"/>
        <source>Måde at skrive under på</source>
        <translation>Way of signing</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="134"/>
        <source>To faner: Tegn underskrift og Skriv navn. Skift med Ctrl+Tab.</source>
        <translation>Two tabs: Draw signature and Type name. Switch with Ctrl+Tab.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="139"/>
        <source>Det bekræfter du</source>
        <translation>What you confirm</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="143"/>
        <source>Erklæring</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="144"/>
        <source>Jeg &amp;bekræfter erklæringen</source>
        <translation>I &amp;confirm the statement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="145"/>
        <source>Jeg bekræfter erklæringen</source>
        <translation>I confirm the statement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="151"/>
        <source>Fejl ved underskriften</source>
        <translation>Error in the signature</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="152"/>
        <source>&amp;Underskriv</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="153"/>
        <source>Underskriv aftalen</source>
        <translation>Sign the agreement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="155"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="156"/>
        <source>Annuller underskriften</source>
        <translation>Cancel signing</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="238"/>
        <source>Tegn din underskrift i feltet for at kunne underskrive.</source>
        <translation>Draw your signature in the field to be able to sign.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="240"/>
        <source>Skriv dit navn for at kunne underskrive.</source>
        <translation>Type your name to be able to sign.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/sign_dialog.py" line="242"/>
        <source>Sæt flueben ved »Jeg bekræfter« for at kunne underskrive.</source>
        <translation>Tick “I confirm” to be able to sign.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/signature_pad.py" line="85"/>
        <source>Underskriftsfelt</source>
        <translation>Signature field</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signature_pad.py" line="88"/>
        <source>Tegn din underskrift her med mus, finger eller pen. Kan du ikke tegne, så vælg fanen »Skriv navn« og skriv dit fulde navn i stedet; det gælder lige så meget. Tryk Ctrl+Z for at fortryde sidste streg og Delete for at rydde.</source>
        <translation>Draw your signature here with a mouse, finger or pen. If you cannot draw, choose the “Type name” tab and type your full name instead; it counts just as much. Press Ctrl+Z to undo the last stroke and Delete to clear.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signature_pad.py" line="276"/>
        <source>Skriv under her</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="73"/>
        <source>{0}: {1} – ikke underskrevet</source>
        <translation>{0}: {1} – not signed</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="76"/>
        <source>tegnet</source>
        <translation>drawn</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="76"/>
        <source>med navn</source>
        <translation>by name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="78"/>
        <source>{0}: {1} – underskrevet {2} ({3})</source>
        <translation>{0}: {1} – signed {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="84"/>
        <source>&amp;Underskriv som leder …</source>
        <translation>Sign as &amp;manager …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="86"/>
        <source>Underskriv som &amp;medarbejder …</source>
        <translation>Sign as emplo&amp;yee …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="88"/>
        <source>Underskriv som {0}, {1}</source>
        <translation>Sign as {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="90"/>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="208"/>
        <source>Fjern underskrift</source>
        <translation>Remove signature</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="91"/>
        <source>Fjern underskriften fra {0}</source>
        <translation>Remove the signature of {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="105"/>
        <source>Låst: Aftalen er underskrevet af begge og kan ikke ændres. Fingeraftryk: {0}. Vil I ændre noget, så start en ny version.</source>
        <translation>Locked: The agreement is signed by both and cannot be changed. Fingerprint: {0}. To change something, start a new version.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="154"/>
        <source>Planen er ikke færdig: {n} punkter er ikke drøftet, og {k} svar er ikke gyldige. Vil I underskrive alligevel?</source>
        <translation>The plan is not finished: {n} items have not been discussed and {k} answers are not valid. Do you want to sign anyway?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="160"/>
        <source>Planen er ikke færdig: {n} punkter er ikke drøftet, {k} svar er ikke gyldige, og 1 opgave er ikke vurderet endnu. Vil I underskrive alligevel?</source>
        <translation>The plan is not finished: {n} items have not been discussed, {k} answers are not valid and 1 task has not been assessed yet. Do you want to sign anyway?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="165"/>
        <source>Planen er ikke færdig: {n} punkter er ikke drøftet, {k} svar er ikke gyldige, og {t} opgaver er ikke vurderet endnu. Vil I underskrive alligevel?</source>
        <translation>The plan is not finished: {n} items have not been discussed, {k} answers are not valid and {t} tasks have not been assessed yet. Do you want to sign anyway?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="169"/>
        <source>Underskrive en plan, der ikke er færdig?</source>
        <translation>Sign a plan that is not finished?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="171"/>
        <source>&amp;Underskriv alligevel</source>
        <translation>&amp;Sign anyway</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="172"/>
        <source>&amp;Gå til det første</source>
        <translation>&amp;Go to the first</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="173"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/review/signing.py" line="209"/>
        <source>Vil du fjerne underskriften fra {0}?</source>
        <translation>Do you want to remove the signature of {0}?</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="31"/>
        <source>Nogle filer i datamappen var beskadigede. De er lagt til side, og resten virker som normalt:</source>
        <translation>Some files in the data folder were damaged. They have been set aside, and everything else works as normal:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="62"/>
        <source>Mødet med {who} den {date} er en underskrevet aftale. Hvis du sletter det, forsvinder aftalen og alle noter helt fra programmet og kan ikke hentes tilbage. Udskrevne eller gemte PDF-filer berøres ikke.</source>
        <translation>The meeting with {who} on {date} is a signed agreement. If you delete it, the agreement and all notes disappear from the program completely and cannot be brought back. Printed or saved PDF files are not affected.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="68"/>
        <source>Mødet med {who} den {date} og alle dets noter slettes helt og kan ikke hentes tilbage.</source>
        <translation>The meeting with {who} on {date} and all its notes will be deleted completely and cannot be brought back.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="73"/>
        <source>Slet mødet?</source>
        <translation>Delete the meeting?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="75"/>
        <source>&amp;Slet mødet</source>
        <translation>&amp;Delete the meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="76"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="85"/>
        <source>Mødet kunne ikke slettes.</source>
        <translation>The meeting could not be deleted.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="88"/>
        <source>Mødet er slettet.</source>
        <translation>The meeting has been deleted.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_store.py" line="105"/>
        <source>Gendannet: {count} møder.</source>
        <translation>Restored: {count} meetings.</translation>
    </message>
</context>
<context>
    <name>TaskFinder</name>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="148"/>
        <source>Timer om ugen, fx 7,5</source>
        <translation>Hours a week, e.g. 7.5</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="206"/>
        <source>Opgavens navn</source>
        <translation>The task&apos;s name</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="207"/>
        <source>N&amp;avn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="212"/>
        <source>Ingen kategori</source>
        <translation>No category</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="219"/>
        <source>Opgavens kategori</source>
        <translation>The task&apos;s category</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="220"/>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="267"/>
        <source>Brug det beregnede resultat</source>
        <translation>Use the computed result</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="270"/>
        <source>Ret resultat</source>
        <translation>Override the result</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="272"/>
        <source>Vælg et andet resultat end det beregnede. Skriv hvorfor.</source>
        <translation>Choose another result than the computed one. Write why.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="274"/>
        <source>Ret &amp;resultat:</source>
        <translation>&amp;Override result:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="278"/>
        <source>Begrundelse og note</source>
        <translation>Reason and note</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="280"/>
        <source>Skriv hvorfor, hvis I retter resultatet (ellers valgfrit)</source>
        <translation>Write why if you override the result (otherwise optional)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="282"/>
        <source>&amp;Begrundelse og note:</source>
        <translation>Rea&amp;son and note:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="326"/>
        <source>Eksempler: {0}</source>
        <translation>Examples: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="337"/>
        <source>Resultat: {0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="344"/>
        <source>Rettet af jer. Beregnet: {0}</source>
        <translation>Overridden by you. Computed: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="353"/>
        <source>Mangler svar på: {0}</source>
        <translation>Still to answer: {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="355"/>
        <source>1 spørgsmål mangler svar</source>
        <translation>1 question not answered yet</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_detail.py" line="357"/>
        <source>{0} spørgsmål mangler svar</source>
        <translation>{0} questions not answered yet</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="46"/>
        <source>{0} t</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="53"/>
        <source>Ingen opgaver endnu.</source>
        <translation>No tasks yet.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="55"/>
        <source>Opgaver: {count} · timer om ugen: hjemme {home} · delvist hjemme {partly} · på arbejdspladsen {workplace}</source>
        <translation>Tasks: {count} · hours a week: home {home} · partly home {partly} · at the workplace {workplace}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="66"/>
        <source> · ikke vurderet endnu {0}</source>
        <translation> · not assessed yet {0}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="84"/>
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="85"/>
        <source>Timer/uge</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="86"/>
        <source>Kan klares</source>
        <translation>Can be done</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_list.py" line="107"/>
        <source>(rettet)</source>
        <translation>(overridden)</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_suggestion.py" line="49"/>
        <source>Brug forslaget</source>
        <translation>Use the suggestion</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_suggestion.py" line="72"/>
        <source>Opgavelisten peger på 1 dag hjemme om ugen: {home} af {total} timer kan klares hjemme, {partly} delvist.</source>
        <translation>The task list points to 1 day at home a week: {home} of {total} hours can be done at home, {partly} partly.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_suggestion.py" line="78"/>
        <source>Opgavelisten peger på {days} dage hjemme om ugen: {home} af {total} timer kan klares hjemme, {partly} delvist.</source>
        <translation>The task list points to {days} days at home a week: {home} of {total} hours can be done at home, {partly} partly.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_suggestion.py" line="105"/>
        <source>Brug forslaget: 1 dag hjemme</source>
        <translation>Use the suggestion: 1 day at home</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_suggestion.py" line="107"/>
        <source>Brug forslaget: {0} dage hjemme</source>
        <translation>Use the suggestion: {0} days at home</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/task_suggestion.py" line="91"/>
        <source>Opgavelisten peger på {home} timer om ugen hjemme, {partly} delvist hjemme og {workplace} på arbejdspladsen.</source>
        <translation>The task list points to {home} hours a week at home, {partly} partly at home and {workplace} at the workplace.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="132"/>
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="134"/>
        <source>Pil op og ned vælger en opgave. Ctrl+pil flytter den. Delete fjerner den.</source>
        <translation>Up and down arrows choose a task. Ctrl+arrow moves it. Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="145"/>
        <source>Fjer&amp;n …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="146"/>
        <source>Fjern den valgte opgave</source>
        <translation>Remove the chosen task</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="148"/>
        <source>Flyt o&amp;p</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="149"/>
        <source>Flyt den valgte opgave op</source>
        <translation>Move the chosen task up</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="151"/>
        <source>Flyt ne&amp;d</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="152"/>
        <source>Flyt den valgte opgave ned</source>
        <translation>Move the chosen task down</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="159"/>
        <source>Skriv en opgave ovenfor, og vælg »Tilføj«.</source>
        <translation>Write a task above and choose &apos;Add&apos;.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="183"/>
        <source>Fx bogføring, kundeservice eller korrektur</source>
        <translation>E.g. bookkeeping, customer service or proofreading</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="185"/>
        <source>Ny opgave</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="187"/>
        <source>Skriv opgavens navn, eller vælg et eksempel. Enter tilføjer.</source>
        <translation>Write the task&apos;s name or pick an example. Enter adds it.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="195"/>
        <source>Ny &amp;opgave:</source>
        <translation>New &amp;task:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="197"/>
        <source>Tilf&amp;øj</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="198"/>
        <source>Tilføj opgaven</source>
        <translation>Add the task</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="307"/>
        <source>Fjern opgaven?</source>
        <translation>Remove the task?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="308"/>
        <source>Opgaven »{0}« og dens svar fjernes fra listen.</source>
        <translation>The task &apos;{0}&apos; and its answers are removed from the list.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="309"/>
        <source>&amp;Fjern opgaven</source>
        <translation>&amp;Remove the task</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/editor/tasks_page.py" line="310"/>
        <source>&amp;Behold den</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>TaskPart</name>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="61"/>
        <source>Leder og medarbejder</source>
        <translation>Manager and employee</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="63"/>
        <source>Forberedelse: lederen alene, fx ved rekruttering</source>
        <translation>Preparation: the manager alone, e.g. when recruiting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="65"/>
        <source>Hvem deltager</source>
        <translation>Who takes part</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="67"/>
        <source>En forberedelse har kun opgavelisten, uden medarbejder og uden underskrift. Senere kan I starte et møde med en medarbejder ud fra den.</source>
        <translation>A preparation has only the task list, without an employee and without signing. Later you can start a meeting with an employee from it.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="73"/>
        <source>&amp;Hvem deltager:</source>
        <translation>&amp;Who takes part:</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="124"/>
        <source>Ikke ved en forberedelse</source>
        <translation>Not in a preparation</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="133"/>
        <source>&amp;Start forberedelsen</source>
        <translation>&amp;Start the preparation</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="142"/>
        <source>Opgavelisten har 1 opgave. Den forsvinder fra mødet, når du gemmer.</source>
        <translation>The task list has 1 task. It disappears from the meeting when you save.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="146"/>
        <source>Opgavelisten har {0} opgaver. De forsvinder fra mødet, når du gemmer.</source>
        <translation>The task list has {0} tasks. They disappear from the meeting when you save.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="153"/>
        <source>Fjern opgavelisten?</source>
        <translation>Remove the task list?</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="155"/>
        <source>&amp;Fjern opgavelisten</source>
        <translation>&amp;Remove the task list</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/task_part.py" line="156"/>
        <source>&amp;Behold den</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="82"/>
        <source>&amp;Nyt møde …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="85"/>
        <source>&amp;Gem nu</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="88"/>
        <source>&amp;Tilbage til oversigten</source>
        <translation>&amp;Back to the overview</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="90"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="92"/>
        <source>Gen&amp;dan fra sikkerhedskopi …</source>
        <translation>Restore from bac&amp;kup …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="95"/>
        <source>Start &amp;opfølgningsmøde</source>
        <translation>Start &amp;follow-up meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="98"/>
        <source>Start ny &amp;version af aftalen</source>
        <translation>Start a new &amp;version of the agreement</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="101"/>
        <source>Start &amp;møde ud fra forberedelsen …</source>
        <translation>Start a &amp;meeting from the preparation …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="103"/>
        <source>&amp;Ret oplysninger …</source>
        <translation>&amp;Edit details …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="104"/>
        <source>Gem i &amp;kalender …</source>
        <translation>Save to &amp;calendar …</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="106"/>
        <source>&amp;Søg efter møde</source>
        <translation>&amp;Find meeting</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="109"/>
        <source>Større &amp;tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="114"/>
        <source>&amp;Mindre tekst</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="117"/>
        <source>&amp;Normal tekststørrelse</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="121"/>
        <source>&amp;Hjælp til punktet</source>
        <translation>&amp;Help for the item</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="122"/>
        <source>&amp;Om programmet</source>
        <translation>&amp;About the program</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="123"/>
        <source>&amp;Sådan bruger I programmet</source>
        <translation>How to &amp;use the program</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="144"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="157"/>
        <source>R&amp;ediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="159"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="163"/>
        <source>&amp;Høj kontrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="170"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="173"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="228"/>
        <source>Tekststørrelse: {p} %</source>
        <translation>Text size: {p} %</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="265"/>
        <source>Sådan holder I et møde om hjemmearbejde:

1. Start et nyt møde (Ctrl+N), og skriv navnene.
2. Gå tjeklisterne igennem sammen, ét punkt ad gangen. Tab flytter mellem felterne, Ctrl+PgDn skifter side, og F1 viser hjælpen til et punkt.
3. Giv hvert punkt en status, og gør det, I aftaler, til en handling med ansvarlig og frist.
4. Gennemse planen under »Gennemse og underskriv«, og skriv begge under – med en tegnet underskrift eller med jeres navn.
5. Gem planen som PDF, eller udskriv den.
6. Ved næste møde: start et opfølgningsmøde fra den underskrevne aftale (Ctrl+Shift+N).

Alt gemmes af sig selv, mens I skriver. Ctrl+plus gør teksten større, og Ctrl+Shift+K giver høj kontrast.</source>
        <translation>How to hold a meeting about working from home:

1. Start a new meeting (Ctrl+N) and type the names.
2. Go through the checklists together, one item at a time. Tab moves between fields, Ctrl+PgDn changes page, and F1 shows the help for an item.
3. Give each item a status, and turn what you agree into an action with an owner and a deadline.
4. Review the plan under &quot;Review and sign&quot;, and both sign – with a drawn signature or with your name.
5. Save the plan as a PDF, or print it.
6. At the next meeting: start a follow-up meeting from the signed agreement (Ctrl+Shift+N).

Everything is saved by itself while you type. Ctrl+plus makes the text larger, and Ctrl+Shift+K gives high contrast.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="279"/>
        <source>Sådan bruger I programmet</source>
        <translation>How to use the program</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="283"/>
        <source>Hjemmearbejde {version}

Leder og medarbejder aftaler sammen, hvordan medarbejderen arbejder hjemme, skriver under og udskriver aftalen.

Programmet virker helt uden internet og sender ingen data nogen steder. Alle oplysninger gemmes kun på denne computer, i mappen:
{folder}</source>
        <translation>Working from home {version}

Manager and employee agree together how the employee works from home, sign and print the agreement.

The program works entirely without the internet and sends no data anywhere. All information is stored only on this computer, in the folder:
{folder}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/window_menus.py" line="289"/>
        <source>Om programmet</source>
        <translation>About the program</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="91"/>
        <source>Sproget kan ikke skiftes, fordi mødet ikke kunne gemmes.</source>
        <translation>The language cannot be changed because the meeting could not be saved.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="179"/>
        <source>Programmet er allerede åbent</source>
        <translation>The program is already open</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="180"/>
        <source>{reason}

Du kan se møderne uden at kunne ændre dem, eller lukke og fortsætte i det vindue, der allerede er åbent.</source>
        <translation>{reason}

You can view the meetings without being able to change them, or close and carry on in the window that is already open.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="185"/>
        <source>&amp;Vis uden at ændre</source>
        <translation>&amp;View without changing</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="186"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="195"/>
        <source>Dataene kunne ikke åbnes.</source>
        <translation>The data could not be opened.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="237"/>
        <source>Datamappen kunne ikke oprettes: {folder}</source>
        <translation>The data folder could not be created: {folder}</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/app.py" line="258"/>
        <source>Dette er en demo med et udfyldt eksempel. Alt, du gør her, slettes, når programmet lukkes.</source>
        <translation>This is a demo with a filled-in example. Everything you do here is deleted when the program closes.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="36"/>
        <source>Der opstod et problem</source>
        <translation>A problem occurred</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="41"/>
        <source>Fejlmeddelelse</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="103"/>
        <location filename="../../remotework_desktop/gui/errors.py" line="110"/>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="106"/>
        <source>&amp;Luk programmet</source>
        <translation>&amp;Close the program</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="108"/>
        <source>&amp;Fortsæt</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="160"/>
        <source>Der opstod en uventet fejl i programmet. Dit arbejde er gemt.</source>
        <translation>An unexpected error occurred in the program. Your work has been saved.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="164"/>
        <source>Der opstod en uventet fejl i programmet. Det seneste automatisk gemte er bevaret, men de sidste ændringer kunne ikke gemmes.</source>
        <translation>An unexpected error occurred in the program. The last autosaved state is kept, but the latest changes could not be saved.</translation>
    </message>
    <message>
        <location filename="../../remotework_desktop/gui/errors.py" line="170"/>
        <source>En beskrivelse af fejlen er gemt i: {path}</source>
        <translation>A description of the error is saved in: {path}</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>Drempelmeter</name>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 has a value that is not allowed: “%2”.</source>
      <translation>%1 heeft een waarde die niet toegelaten is: “%2”.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 is out of range: %2.</source>
      <translation>%1 valt buiten de toegelaten grenzen: %2.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 is required.</source>
      <translation>%1 is verplicht.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 is too long.</source>
      <translation>%1 is te lang.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>%1 of %2 done</source>
      <translation>%1 van %2 klaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>%1 participants belong to “%2”. They stay, without a partner. Remove the partner?</source>
      <translation>%1 deelnemers horen bij “%2”. Zij blijven, zonder partner. De partner verwijderen?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 seems to contain personal data (%2). Replace it with a neutral word, or confirm that it may stay.</source>
      <translation>%1 lijkt persoonsgegevens te bevatten (%2). Vervang ze door een neutraal woord, of bevestig dat ze mogen blijven.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 “%2” is already in use.</source>
      <translation>%1 “%2” is al in gebruik.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;About Drempelmeter</source>
      <translation>&amp;Over Drempelmeter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Attendees:</source>
      <translation>&amp;Aanwezigen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;Close</source>
      <translation>&amp;Sluiten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>B&amp;ewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;Go</source>
      <translation>&amp;Ga naar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Groups:</source>
      <translation>&amp;Groepen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Kind:</source>
      <translation>&amp;Soort:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Known</source>
      <translation>&amp;Gekend</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Taal:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Location:</source>
      <translation>&amp;Locatie:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <location filename="drempelmeter/ui/welcome.py" />
      <source>&amp;New trajectory…</source>
      <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Notes:</source>
      <translation>&amp;Verslag:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>&amp;Note…</source>
      <translation>&amp;Notitie…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <location filename="drempelmeter/ui/welcome.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Openen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Optional B's:</source>
      <translation>&amp;Optionele B’s:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Partner:</source>
      <translation>&amp;Partner:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workspace.py" />
      <source>&amp;Phases</source>
      <translation>&amp;Fasen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Afsluiten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/welcome.py" />
      <source>&amp;Recent trajectories</source>
      <translation>&amp;Recente trajecten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Region:</source>
      <translation>&amp;Regio:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Role:</source>
      <translation>&amp;Rol:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Start date:</source>
      <translation>&amp;Startdatum:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>&amp;State:</source>
      <translation>&amp;Stand:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Target groups:</source>
      <translation>&amp;Doelgroepen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Title:</source>
      <translation>&amp;Titel:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workspace.py" />
      <source>&amp;Trajectory</source>
      <translation>&amp;Traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Type:</source>
      <translation>&amp;Type:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>(no partner)</source>
      <translation>(geen partner)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>(none)</source>
      <translation>(geen)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>A copy was saved as %1</source>
      <translation>Een kopie werd bewaard als %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>A file named “%1” already exists. Choose another name.</source>
      <translation>Er bestaat al een bestand met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>A new language takes effect when Drempelmeter starts again.</source>
      <translation>Een nieuwe taal geldt vanaf de volgende keer dat Drempelmeter start.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a newer version</source>
      <translation>een nieuwere versie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>A&amp;genda:</source>
      <translation>A&amp;genda:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>About Drempelmeter</source>
      <translation>Over Drempelmeter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_section.py" />
      <source>Add</source>
      <translation>Toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Add &amp;item…</source>
      <translation>&amp;Punt toevoegen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Add agenda &amp;row</source>
      <translation>Agenda&amp;punt toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Add checklist item</source>
      <translation>Punt aan de checklist toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Add checklist item “%1”</source>
      <translation>Checklistpunt “%1” toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Add participant “%1”</source>
      <translation>Deelnemer “%1” toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Add partner “%1”</source>
      <translation>Partner “%1” toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Add session “%1”</source>
      <translation>Sessie “%1” toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_section.py" />
      <source>Add…</source>
      <translation>Toevoegen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Agenda item</source>
      <translation>Agendapunt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>All changes saved</source>
      <translation>Alle wijzigingen bewaard</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>All changes saved (%1)</source>
      <translation>Alle wijzigingen bewaard (%1)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>All files (*)</source>
      <translation>Alle bestanden (*)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Attendees</source>
      <translation>Aanwezigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Cannot open the demo</source>
      <translation>De demo kan niet geopend worden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Cannot open trajectory</source>
      <translation>Traject kan niet geopend worden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Change the state of phase %1</source>
      <translation>Stand van fase %1 wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Checklist item:</source>
      <translation>Checklistpunt:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Checklist of this phase</source>
      <translation>Checklist van deze fase</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Choose another name: this is the file that is open.</source>
      <translation>Kies een andere naam: dit is het bestand dat nu open is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>copy</source>
      <translation>kopie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Deci&amp;sion:</source>
      <translation>Be&amp;slissing:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Decided &amp;by:</source>
      <translation>Beslist &amp;door:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Decided by</source>
      <translation>Beslist door</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Decision</source>
      <translation>Beslissing</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Decision log</source>
      <translation>Beslissingen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>done</source>
      <translation>klaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Drempelmeter %1

For the process coach of a Geïntegreerd Breed Onthaal: lead the region through the six phases of the drempelmeter.

Log file: %2</source>
      <translation>Drempelmeter %1

Voor de procescoach van een Geïntegreerd Breed Onthaal: begeleid de regio door de zes fasen van de drempelmeter.

Logbestand: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>Drempelmeter trajectory (*.drempel)</source>
      <translation>Drempelmeter-traject (*.drempel)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_section.py" />
      <source>Edit</source>
      <translation>Bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Edit a decision</source>
      <translation>Beslissing bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Edit participant</source>
      <translation>Deelnemer bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Edit participant “%1”</source>
      <translation>Deelnemer “%1” bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Edit partner</source>
      <translation>Partner bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Edit partner “%1”</source>
      <translation>Partner “%1” bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Edit session in phase %1</source>
      <translation>Sessie in fase %1 bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Edit session “%1”</source>
      <translation>Sessie “%1” bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Edit the trajectory details</source>
      <translation>Gegevens van het traject bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_section.py" />
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/i18n.py" />
      <source>en</source>
      <comment>language code of the user interface</comment>
      <translation>nl</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Groups</source>
      <translation>Groepen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/welcome.py" />
      <source>Lead your region through the six phases of the drempelmeter: find, measure and remove the barriers that keep people from the help they are entitled to. Everything is kept in one trajectory file on this computer.</source>
      <translation>Begeleid je regio door de zes fasen van de drempelmeter: drempels opsporen, meten en wegwerken, zodat mensen de hulp krijgen waar ze recht op hebben. Alles blijft in één trajectbestand op deze computer.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Log a decision</source>
      <translation>Beslissing noteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>New participant</source>
      <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>New partner</source>
      <translation>Nieuwe partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>New session in phase %1</source>
      <translation>Nieuwe sessie in fase %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>New trajectory</source>
      <translation>Nieuw traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>No trajectory open</source>
      <translation>Geen traject geopend</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>not done</source>
      <translation>niet klaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Note on “%1”</source>
      <translation>Notitie bij “%1”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Note on “%1”:</source>
      <translation>Notitie bij “%1”:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Open &amp;recent</source>
      <translation>&amp;Recent geopend</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Open it read-only?</source>
      <translation>Alleen-lezen openen?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <location filename="drempelmeter/ui/welcome.py" />
      <source>Open the &amp;demo</source>
      <translation>De &amp;demo openen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>Open trajectory</source>
      <translation>Traject openen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>P&amp;artners and participants</source>
      <translation>P&amp;artners en deelnemers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>Participants</source>
      <translation>Deelnemers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>Participants are the members of the steering group, the working group and the sounding board. Clients are never recorded here.</source>
      <translation>Deelnemers zijn de leden van de stuurgroep, de werkgroep en de klankgroep. Cliënten worden hier nooit geregistreerd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>Partners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Partners and participants</source>
      <translation>Partners en deelnemers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Phase %1: %2</source>
      <translation>Fase %1: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>Phase %1: %2. %3, %4 on the checklist.</source>
      <translation>Fase %1: %2. %3, %4 op de checklist.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Phase &amp;%1</source>
      <translation>Fase &amp;%1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Phases</source>
      <translation>Fasen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>Preferences</source>
      <translation>Voorkeuren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>Process &amp;coach:</source>
      <translation>Proces&amp;coach:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Process coach</source>
      <translation>Procescoach</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Read-only</source>
      <translation>Alleen-lezen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>read-only</source>
      <translation>alleen-lezen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/welcome.py" />
      <source>Recent trajectories</source>
      <translation>Recente trajecten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Region</source>
      <translation>Regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_section.py" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Remove a decision</source>
      <translation>Beslissing verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Remove participant “%1”</source>
      <translation>Deelnemer “%1” verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>Remove partner</source>
      <translation>Partner verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Remove partner “%1”</source>
      <translation>Partner “%1” verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Remove session “%1”</source>
      <translation>Sessie “%1” verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>Results of fewer respondents than this are never shown separately in charts and reports.</source>
      <translation>Resultaten van minder respondenten dan dit aantal worden nooit afzonderlijk getoond in grafieken en rapporten.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>Same as the system</source>
      <translation>Zoals het systeem</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Save a &amp;copy…</source>
      <translation>Een &amp;kopie bewaren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Save a copy</source>
      <translation>Een kopie bewaren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Save a copy as</source>
      <translation>Een kopie bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Save the new trajectory as</source>
      <translation>Het nieuwe traject bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Session</source>
      <translation>Sessie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Show the &amp;log folder</source>
      <translation>De map met het &amp;logbestand tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>Smallest &amp;group shown:</source>
      <translation>Kleinste getoonde &amp;groep:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Smallest group shown</source>
      <translation>Kleinste getoonde groep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app.py" />
      <source>Something went wrong</source>
      <translation>Er ging iets mis</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Something went wrong inside Drempelmeter. We are sorry. Your trajectory file keeps its last saved state. The details were written to %1.</source>
      <translation>Er ging iets mis in Drempelmeter. Sorry daarvoor. Je trajectbestand behoudt de laatst bewaarde toestand. De details staan in %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>Start date</source>
      <translation>Startdatum</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>Start date known</source>
      <translation>Startdatum gekend</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Started: %1 · Finished: %2</source>
      <translation>Gestart: %1 · Afgerond: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>State of this phase</source>
      <translation>Stand van deze fase</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The change could not be written to “%1”: %2. The file keeps its last saved state. Check that the disk is not full and the file is not read-only.</source>
      <translation>De wijziging kon niet bewaard worden in “%1”: %2. Het bestand behoudt de laatst bewaarde toestand. Kijk na of de schijf niet vol is en het bestand niet alleen-lezen is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>The change was not saved</source>
      <translation>De wijziging werd niet bewaard</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The description</source>
      <translation>De omschrijving</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The file “%1” does not exist (any more).</source>
      <translation>Het bestand “%1” bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>This item no longer exists; it may have been removed.</source>
      <translation>Dit onderdeel bestaat niet meer; het werd misschien verwijderd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>This trajectory was made with an older version and has been upgraded. A copy of the old file was kept as %1.</source>
      <translation>Dit traject werd gemaakt met een oudere versie en is bijgewerkt. Een kopie van het oude bestand werd bewaard als %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Tick “%1”</source>
      <translation>“%1” afvinken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Trajectory</source>
      <translation>Traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Trajectory &amp;details</source>
      <translation>Gegevens van het &amp;traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Trajectory details</source>
      <translation>Gegevens van het traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Trajectory in use</source>
      <translation>Traject in gebruik</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Trajectory upgraded</source>
      <translation>Traject bijgewerkt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Untick “%1”</source>
      <translation>“%1” niet meer afvinken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/welcome.py" />
      <source>Welcome to Drempelmeter</source>
      <translation>Welkom bij Drempelmeter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>What this phase records: %1</source>
      <translation>Wat deze fase vastlegt: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Workshop sessions</source>
      <translation>Sessies</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” cannot be opened: %2.</source>
      <translation>“%1” kan niet geopend worden: %2.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” could not be upgraded to this version; the file was left as it was. (%2)</source>
      <translation>“%1” kon niet bijgewerkt worden naar deze versie; het bestand bleef zoals het was. (%2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is a database of another program, not a Drempelmeter trajectory.</source>
      <translation>“%1” is een databank van een ander programma, geen Drempelmeter-traject.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is damaged and cannot be opened (%2). Open a backup copy instead.</source>
      <translation>“%1” is beschadigd en kan niet geopend worden (%2). Open een reservekopie.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is empty. It is not a Drempelmeter trajectory.</source>
      <translation>“%1” is leeg. Het is geen Drempelmeter-traject.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is not a Drempelmeter trajectory.</source>
      <translation>“%1” is geen Drempelmeter-traject.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is open in Drempelmeter by %2 on computer %3 since %4.</source>
      <translation>“%1” is geopend in Drempelmeter door %2 op computer %3 sinds %4.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was made with an older version and must be upgraded first. Open it normally once, then it can be opened read-only.</source>
      <translation>“%1” werd gemaakt met een oudere versie en moet eerst bijgewerkt worden. Open het één keer gewoon; daarna kan het alleen-lezen geopend worden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was made with Drempelmeter %2. Install that version or a newer one to open it.</source>
      <translation>“%1” werd gemaakt met Drempelmeter %2. Installeer die versie of een nieuwere om het te openen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%2” still has signals. Remove them or give them to another partner first.</source>
      <translation>“%2” heeft nog signalen. Verwijder ze of geef ze eerst aan een andere partner.</translation>
    </message>
  </context>
</TS>

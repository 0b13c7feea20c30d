<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>Drempelmeter</name>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source> days</source>
      <translation> dagen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source> · sounding board: %1 evaluations late · %2 to plan</source>
      <translation> · klankgroep: %1 evaluaties te laat · %2 te plannen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>%1

The newest backup is of %2. Restore it into a new file and open that?</source>
      <translation>%1

De nieuwste reservekopie is van %2. Wil je die in een nieuw bestand terugzetten en dat openen?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>%1

There is no backup of it on this computer.</source>
      <translation>%1

Op deze computer is er geen reservekopie van.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>%1 %2: %3 on %4</source>
      <translation>%1 %2: %3 op %4</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>%1 %2: %3 → %4</source>
      <translation>%1 %2: %3 → %4</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>%1 %2: still %3</source>
      <translation>%1 %2: nog altijd %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 '%2': %3</source>
      <translation>%1 “%2”: %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 '%2': the %3 label holds '%4', which a workbook puts between terms: the label would come back as two terms (use '/' or ',' instead)</source>
      <translation>%1 “%2”: de %3-benaming bevat '%4', en dat zet een werkmap tussen twee termen: de benaming zou terugkomen als twee termen (gebruik '/' of ',')</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 '%2': the %3 label holds a line break, which a workbook puts between terms: the label would come back as two terms (use '/' or ',' instead)</source>
      <translation>%1 “%2”: de %3-benaming bevat een regeleinde, en dat zet een werkmap tussen twee termen: de benaming zou terugkomen als twee termen (gebruik '/' of ',')</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 '%2': the label is the same as that of '%3'</source>
      <translation>%1 “%2”: de benaming is dezelfde als die van “%3”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>%1 (may name a person: accepting it asks you first)</source>
      <translation>%1 (noemt misschien een persoon: bij aanvaarden vragen we het eerst)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>%1 (newest backup %2)</source>
      <translation>%1 (nieuwste reservekopie %2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/widgets.py" />
      <source>%1 (retired)</source>
      <translation>%1 (niet meer in gebruik)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/round_dialog.py" />
      <source>%1 (version %2)</source>
      <translation>%1 (versie %2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 cannot be after today (%2).</source>
      <translation>%1 kan niet na vandaag liggen (%2).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 cannot hold a line break: a workbook separates terms with it. Use “/” or “,” instead.</source>
      <translation>%1 mag geen regeleinde bevatten: een werkmap scheidt er termen mee. Gebruik in de plaats “/” of “,”.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 cannot hold “%2”: a workbook separates terms with it. Use “/” or “,” instead.</source>
      <translation>%1 mag geen “%2” bevatten: een werkmap scheidt er termen mee. Gebruik in de plaats “/” of “,”.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>%1 captured entries are still drafts: they stay in the file, and can be reviewed here first.</source>
      <translation>%1 genoteerde punten zijn nog een klad: ze blijven in het bestand en je kunt ze hier eerst nakijken.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>%1 cells have problems, so nothing will be imported. Fix them in the workbook and import it again.</source>
      <translation>%1 cellen hebben problemen, dus er wordt niets geïmporteerd. Verbeter ze in de werkmap en importeer die opnieuw.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>%1 contains text that looks like personal data. Personal data does not belong in the trajectory: it ends up in bundles and reports for the partners. Keep it only if you are sure it is not personal data.</source>
      <translation>%1 bevat tekst die op persoonsgegevens lijkt. Persoonsgegevens horen niet in het traject: ze komen terecht in bundels en rapporten voor de partners. Behoud de tekst alleen als je zeker weet dat het geen persoonsgegevens zijn.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>%1 counted</source>
      <translation>%1 geteld</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>%1 days overdue</source>
      <translation>%1 dagen te laat</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>%1 findings to review, %2 confirmed as not personal data.</source>
      <translation>%1 vondsten na te kijken, %2 bevestigd als geen persoonsgegevens.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>%1 hands or cards counted for %2 (B %3 of %4). Counts are shown as counted: nobody's answer is recorded.</source>
      <translation>%1 handen of kaarten geteld voor %2 (B %3 van %4). De aantallen staan er zoals geteld: niemands antwoord wordt bewaard.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>%1 has %2 of %3 dots left.</source>
      <translation>%1 heeft nog %2 van de %3 stippen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 has a fixed set of terms; '%2' is not one of them</source>
      <translation>%1 heeft een vaste reeks termen; “%2” is er geen van</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 has a value that is not allowed: “%2”.</source>
      <translation>%1 heeft een waarde die niet toegelaten is: “%2”.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>%1 has no dot on “%2” to take away.</source>
      <translation>%1 heeft geen stip op “%2” om weg te nemen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>%1 has no dots left.</source>
      <translation>%1 heeft geen stippen meer.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>%1 has no dots left: %2 each.</source>
      <translation>%1 heeft geen stippen meer: %2 per persoon.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>%1 imported signals wait for review: they look like personal data and are left out of reports until you edit them.</source>
      <translation>%1 geïmporteerde signalen wachten tot je ze nakijkt: ze lijken op persoonsgegevens en blijven buiten de rapporten tot je ze bewerkt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 is longer than %2 characters</source>
      <translation>%1 is langer dan %2 tekens</translation>
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
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>%1 min ahead</source>
      <translation>%1 min voor</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>%1 min behind</source>
      <translation>%1 min achter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>%1 months</source>
      <translation>%1 maanden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 must be a list of terms ('- key: ...')</source>
      <translation>%1 moet een lijst van termen zijn ('- key: ...')</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 must be a set of 'name: value' lines</source>
      <translation>%1 moet bestaan uit regels 'naam: waarde'</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 must be a text (put it in quotes if it looks like a number or yes/no)</source>
      <translation>%1 moet een tekst zijn (zet hem tussen aanhalingstekens als hij op een getal of op yes/no lijkt)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 must be true or false</source>
      <translation>%1 moet true of false zijn</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1 must not be empty</source>
      <translation>%1 mag niet leeg zijn</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>%1 of %2</source>
      <translation>%1 van %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_filter.py" />
      <source>%1 of %2 barriers</source>
      <translation>%1 van %2 drempels</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>%1 of %2 done</source>
      <translation>%1 van %2 klaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>%1 of %2 signals shown.</source>
      <translation>%1 van %2 signalen getoond.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>%1 of %2 used</source>
      <translation>%1 van %2 gebruikt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 on computer %2</source>
      <translation>%1 op computer %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>%1 overdue · %2 due within %3 days</source>
      <translation>%1 te laat · %2 met de deadline binnen %3 dagen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>%1 participants belong to “%2”. They stay, without a partner. Remove the partner?</source>
      <translation>%1 deelnemers horen bij “%2”. Zij blijven, zonder partner. De partner verwijderen?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>%1 questionnaires (columns) have problems and will not be imported. Fix them in the workbook and import it again, or import the other questionnaires now.</source>
      <translation>%1 vragenlijsten (kolommen) hebben problemen en worden niet geïmporteerd. Verbeter ze in de werkmap en importeer die opnieuw, of importeer nu de andere vragenlijsten.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>%1 questionnaires of this group.</source>
      <translation>%1 vragenlijsten van deze groep.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>%1 rows have problems and will not be imported. Fix them in the workbook and import it again, or import the other rows now.</source>
      <translation>%1 rijen hebben problemen en worden niet geïmporteerd. Verbeter ze in de werkmap en importeer opnieuw, of importeer nu de andere rijen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 seems to contain personal data (%2). Replace it with a neutral word, or confirm that it may stay.</source>
      <translation>%1 lijkt persoonsgegevens te bevatten (%2). Vervang ze door een neutraal woord, of bevestig dat ze mogen blijven.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>%1 signals, such as: %2</source>
      <translation>%1 signalen, zoals: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>%1 signals; %2 barriers recognised.</source>
      <translation>%1 signalen; %2 drempels herkend.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>%1 terms written to %2. Another trajectory takes them with Import…</source>
      <translation>%1 termen weggeschreven naar %2. Een ander traject neemt ze over met Importeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 texts were written with personal data replaced by neutral words:</source>
      <translation>%1 teksten werden weggeschreven met de persoonsgegevens vervangen door neutrale woorden:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>%1 themes written to %2. Another trajectory takes them with Import…</source>
      <translation>%1 thema’s weggeschreven naar %2. Een ander traject neemt ze over met Importeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>%1 · phase %2 · %3</source>
      <translation>%1 · fase %2 · %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>%1 “%2” is already in use.</source>
      <translation>%1 “%2” is al in gebruik.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>%1, %2: change per B</source>
      <translation>%1, %2: verandering per B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/round_dialog.py" />
      <source>%1, line %2: %3</source>
      <translation>%1, regel %2: %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>%1, on the follow-up form of %2</source>
      <translation>%1, op het opvolgingsformulier van %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>%1, point %2</source>
      <translation>%1, punt %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>%1. Note: %2</source>
      <translation>%1. Notitie: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>%1: %2 counted</source>
      <translation>%1: %2 geteld</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1: '%2' cannot be retired</source>
      <translation>%1: “%2” kan niet uit gebruik genomen worden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>%1: how much higher staff score than clients</source>
      <translation>%1: hoeveel hoger medewerkers scoren dan cliënten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>%1: impact %2, effort %3</source>
      <translation>%1: impact %2, inspanning %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>%1: new questionnaires: %2 · updated: %3 · already in the round: %4</source>
      <translation>%1: nieuwe vragenlijsten: %2 · bijgewerkt: %3 · al in de ronde: %4</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>%1: not placed</source>
      <translation>%1: niet geplaatst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>%1: score per B</source>
      <translation>%1: score per B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>%1: score per theme</source>
      <translation>%1: score per thema</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1: the file leaves out %2, which records use; keep them in the file (retired: true to stop offering them)</source>
      <translation>%1: het bestand laat %2 weg, maar die worden nog gebruikt; houd ze in het bestand (retired: true om ze niet meer aan te bieden)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%1: YAML reads what follows ' #' as a comment; put a label holding # in quotes</source>
      <translation>%1: YAML leest wat na ' #' komt als commentaar; zet een benaming met # erin tussen aanhalingstekens</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>%2 (the file is not valid YAML: %1)</source>
      <translation>%2 (het bestand is geen geldige YAML: %1)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;About Drempelmeter</source>
      <translation>&amp;Over Drempelmeter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>&amp;Action:</source>
      <translation>&amp;Actie:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>&amp;Add</source>
      <translation>&amp;Toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>&amp;Add after it</source>
      <translation>Erachter &amp;toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>&amp;Addressee:</source>
      <translation>&amp;Bestemmeling:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;Add…</source>
      <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Attendees:</source>
      <translation>&amp;Aanwezigen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>&amp;B:</source>
      <translation>B:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>&amp;Backups, newest first:</source>
      <translation>&amp;Reservekopieën, nieuwste eerst:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Barriers</source>
      <translation>&amp;Drempels</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>&amp;Barriers it addresses:</source>
      <translation>Drempels die ze &amp;wegwerkt:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Baseline value:</source>
      <translation>N&amp;ulwaarde:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <source>&amp;Browse…</source>
      <translation>&amp;Bladeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>&amp;Capture:</source>
      <translation>&amp;Noteren:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>&amp;Channel:</source>
      <translation>&amp;Kanaal:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>&amp;Chapter:</source>
      <translation>&amp;Hoofdstuk:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Close</source>
      <translation>&amp;Sluiten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>&amp;Compare with:</source>
      <translation>Vergelijken &amp;met:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Copy</source>
      <translation>K&amp;opiëren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>&amp;Copy the text</source>
      <translation>De tekst &amp;kopiëren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Date:</source>
      <translation>&amp;Datum:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>&amp;Deadline:</source>
      <translation>&amp;Deadline:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>&amp;Description:</source>
      <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Does it work?</source>
      <translation>&amp;Werkt het?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>&amp;Drafts:</source>
      <translation>&amp;Klad:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;Dutch:</source>
      <translation>&amp;Nederlands:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Edit</source>
      <translation>B&amp;ewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>&amp;Edit…</source>
      <translation>&amp;Bewerken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;English:</source>
      <translation>&amp;Engels:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Export a signal bundle…</source>
      <translation>Signalenbundel &amp;exporteren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Exporteren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;File</source>
      <translation>&amp;Bestand</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Find</source>
      <translation>&amp;Zoeken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>&amp;Follow-up:</source>
      <translation>Opvol&amp;ging:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>&amp;Frequency:</source>
      <translation>Hoe v&amp;aak:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>&amp;From:</source>
      <translation>&amp;Vanaf:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Go</source>
      <translation>&amp;Ga naar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>&amp;Go back and change it</source>
      <translation>&amp;Terug om het aan te passen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Groups:</source>
      <translation>&amp;Groepen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Import a filled workbook…</source>
      <translation>Ingevulde werkmap &amp;importeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;Import…</source>
      <translation>&amp;Importeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>&amp;Indicator:</source>
      <translation>&amp;Indicator:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>&amp;Influence:</source>
      <translation>&amp;Invloed:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>&amp;Interpretation of this chapter:</source>
      <translation>&amp;Duiding van dit hoofdstuk:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>&amp;Keep: I confirm this is not personal data</source>
      <translation>Be&amp;houden: ik bevestig dat dit geen persoonsgegevens zijn</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>&amp;Keep: it is not personal data</source>
      <translation>&amp;Behouden: het zijn geen persoonsgegevens</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>&amp;Key findings (one per line):</source>
      <translation>&amp;Kernbevindingen (één per regel):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <location filename="drempelmeter/ui/round_dialog.py" />
      <source>&amp;Kind:</source>
      <translation>&amp;Soort:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Known</source>
      <translation>Ge&amp;kend</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>&amp;Language:</source>
      <translation>&amp;Taal:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>&amp;Level:</source>
      <translation>Ni&amp;veau:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>&amp;List</source>
      <translation>&amp;Lijst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;List:</source>
      <translation>&amp;Lijst:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Location:</source>
      <translation>P&amp;laats:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>&amp;Means and budget:</source>
      <translation>&amp;Middelen en budget:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Measured on:</source>
      <translation>&amp;Gemeten op:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Measurement</source>
      <translation>&amp;Meting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>&amp;Moment:</source>
      <translation>&amp;Moment:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <location filename="drempelmeter/ui/round_dialog.py" />
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Name:</source>
      <translation>&amp;Naam:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>&amp;Needed for “%1”:</source>
      <translation>&amp;Nodig voor “%1”:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <location filename="drempelmeter/ui/welcome.py" />
      <source>&amp;New trajectory…</source>
      <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>&amp;Note (why, when adjusted or stopped):</source>
      <translation>&amp;Toelichting (waarom, bij bijsturen of stoppen):</translation>
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
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>&amp;Objection to “%1”:</source>
      <translation>&amp;Bezwaar tegen “%1”:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/report_writer.py" />
      <source>&amp;Open the report</source>
      <translation>Het rapport &amp;openen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
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
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Overdue and due-soon actions and evaluations…</source>
      <translation>Te laat of bin&amp;nenkort: acties en evaluaties…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>&amp;Pareto</source>
      <translation>&amp;Pareto</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>&amp;Partner:</source>
      <translation>&amp;Partner:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <source>&amp;Partners:</source>
      <translation>&amp;Partners:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Paste</source>
      <translation>&amp;Plakken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workspace.py" />
      <source>&amp;Phases</source>
      <translation>&amp;Fasen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Proposed on:</source>
      <translation>&amp;Voorgesteld op:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/round_dialog.py" />
      <source>&amp;Questionnaire:</source>
      <translation>&amp;Vragenlijst:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>&amp;Questions of this session (one a line):</source>
      <translation>&amp;Vragen van deze sessie (één per regel):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>&amp;Questions:</source>
      <translation>&amp;Vragen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
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
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Release notes</source>
      <translation>&amp;Versiegeschiedenis</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>&amp;Replace the plan</source>
      <translation>Het plan &amp;vervangen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Reported by:</source>
      <translation>Ge&amp;meld door:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>&amp;Request (what the region asks):</source>
      <translation>V&amp;raag (wat de regio vraagt):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>&amp;Request:</source>
      <translation>V&amp;raag:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;Retire</source>
      <translation>&amp;Uit gebruik nemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>&amp;Role:</source>
      <translation>&amp;Rol:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>&amp;Round:</source>
      <translation>&amp;Ronde:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>&amp;Rounds</source>
      <translation>&amp;Rondes</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>&amp;Save changes</source>
      <translation>&amp;Wijzigingen bewaren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>&amp;Save the questions</source>
      <translation>Vragen &amp;bewaren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_filter.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>&amp;Search:</source>
      <translation>&amp;Zoeken:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/report_writer.py" />
      <source>&amp;Show it in its folder</source>
      <translation>In de &amp;map tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Signals</source>
      <translation>&amp;Signalen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>&amp;Staff–client gap</source>
      <translation>&amp;Kloof medewerkers–cliënten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Start date:</source>
      <translation>&amp;Startdatum:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>&amp;Start:</source>
      <translation>&amp;Start:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/round_dialog.py" />
      <source>&amp;Starts on:</source>
      <translation>&amp;Begint op:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>&amp;State:</source>
      <translation>&amp;Stand:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>&amp;Status:</source>
      <translation>&amp;Stand:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Target groups:</source>
      <translation>&amp;Doelgroepen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Target value:</source>
      <translation>&amp;Streefwaarde:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>&amp;Terms:</source>
      <translation>&amp;Termen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>&amp;Themes:</source>
      <translation>&amp;Thema’s:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
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
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Unit (days, %, people…):</source>
      <translation>&amp;Eenheid (dagen, %, mensen…):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Value:</source>
      <translation>&amp;Waarde:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/text_size.py" />
      <source>&amp;View</source>
      <translation>Bee&amp;ld</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>&amp;Vocabularies…</source>
      <translation>&amp;Woordenlijsten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Which way is better:</source>
      <translation>Welke &amp;richting is beter:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>&amp;Why (needed unless it works):</source>
      <translation>Waar&amp;om (nodig tenzij het werkt):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>&amp;Wording per group:</source>
      <translation>&amp;Formulering per groep:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>&amp;Workshop</source>
      <translation>&amp;Workshop</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>&amp;Written in the room, for your review (Enter accepts, Delete discards):</source>
      <translation>&amp;Geschreven in de zaal, om na te kijken (Enter aanvaardt, Delete schrapt):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>'%1' appears twice in %2</source>
      <translation>“%1” staat twee keer in %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>'%1' is missing</source>
      <translation>“%1” ontbreekt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>(all)</source>
      <translation>(alle)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>(copy)</source>
      <translation>(kopie)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>(no B)</source>
      <translation>(geen B)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>(no level)</source>
      <translation>(geen niveau)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>(no owner)</source>
      <translation>(geen trekker)</translation>
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
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>(not chosen)</source>
      <translation>(niet gekozen)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>(not closed)</source>
      <translation>(niet afgesloten)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>(not given)</source>
      <translation>(niet opgegeven)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <source>(not set)</source>
      <translation>(niet ingevuld)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>- %1 %2: %3 (last evaluation: %4)</source>
      <translation>- %1 %2: %3 (laatste evaluatie: %4)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>- %1 %2: %3 (not evaluated since it started)</source>
      <translation>- %1 %2: %3 (nog niet geëvalueerd sinds de start)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>- %1 %2: planned end %3, %4 (%5)</source>
      <translation>- %1 %2: deadline %3, %4 (%5)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>1 day overdue</source>
      <translation>1 dag te laat</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>A copy was saved as %1</source>
      <translation>Een kopie werd bewaard als %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a date from 1-1-2000 up to today</source>
      <translation>een datum van 1-1-2000 tot vandaag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a date such as 31-12-2027</source>
      <translation>een datum zoals 31-12-2027</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>A file named “%1” already exists. Choose another name.</source>
      <translation>Er bestaat al een bestand met de naam “%1”. Kies een andere naam.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>A fixed theme: its questions come with the questionnaire.</source>
      <translation>Een vast thema: de vragen horen bij de vragenlijst.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>A follow-up form lists the actions of one trekker or partner, and no action in the plan has a trekker yet. Name the trekker of each action on the page Action plan.</source>
      <translation>Een opvolgingsformulier toont de acties van één trekker of partner, en nog geen enkele actie in het plan heeft een trekker. Duid de trekker van elke actie aan op de pagina Actieplan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a formula; type the value itself</source>
      <translation>een formule; typ de waarde zelf</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>A group's wording</source>
      <translation>De formulering voor een groep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a heading of its own</source>
      <translation>een eigen kop</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a label holding ': ' must be put in straight quotes (not a word processor's “ ”): nl: "Werkgroep: onthaal"</source>
      <translation>een benaming met ': ' erin moet tussen rechte aanhalingstekens staan (niet de “ ” van een tekstverwerker): nl: "Werkgroep: onthaal"</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a label that starts with a bracket must be put in double quotes</source>
      <translation>een benaming die met een haakje begint, moet tussen dubbele aanhalingstekens staan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a label that starts with a quote must end with it: put the whole label in double quotes, and write a " inside it as \"</source>
      <translation>een benaming die met een aanhalingsteken begint, moet er ook mee eindigen: zet de hele benaming tussen dubbele aanhalingstekens, en schrijf een " erin als \"</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a label that starts with a sign such as @, % or ` must be put in double quotes</source>
      <translation>een benaming die met een teken zoals @, % of ` begint, moet tussen dubbele aanhalingstekens staan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>A letter is not sent or answered after today.</source>
      <translation>Een brief kan niet later dan vandaag verstuurd of beantwoord zijn.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a line misses the ':' after its name (key:, nl:, en:)</source>
      <translation>een regel mist de ':' na zijn naam (key:, nl:, en:)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>A new cluster…</source>
      <translation>Een nieuwe cluster…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>A new language takes effect when Drempelmeter starts again.</source>
      <translation>Een nieuwe taal geldt vanaf de volgende keer dat Drempelmeter start.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <source>A new trajectory file for the next cycle: it takes over the partners, participants, the region's own words and the questionnaire, the open barriers and unfinished actions (marked as carried over), and the last closed measurement as its baseline. This file stays as it is; the two stay linked, so the report can compare the cycles.</source>
      <translation>Een nieuw trajectbestand voor de volgende cyclus: het neemt de partners, de deelnemers, de eigen woorden van de regio en de vragenlijst over, de open drempels en de onafgewerkte acties (aangeduid als overgenomen), en de laatst afgesloten meting als nulmeting. Dit bestand blijft zoals het is; de twee blijven aan elkaar gekoppeld, zodat het rapport de cycli kan vergelijken.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a newer version</source>
      <translation>een nieuwere versie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a number such as 12 or 3,5</source>
      <translation>een getal zoals 12 of 3,5</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>A policy signal cannot go from “%1” to “%2”.</source>
      <translation>Een beleidssignaal kan niet van “%1” naar “%2” gaan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>A question</source>
      <translation>Een vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a quote is not closed</source>
      <translation>een aanhalingsteken wordt niet gesloten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a region's themes</source>
      <translation>de thema’s van een regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a region's vocabularies</source>
      <translation>de woordenlijsten van een regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>A signal bundle is made for one partner, and this trajectory has no partners yet. Add the partners first, on the page Partners and participants.</source>
      <translation>Een signalenbundel is voor één partner, en dit traject heeft nog geen partners. Voeg eerst de partners toe, op de pagina Partners en deelnemers.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>A signal is a problem that keeps coming back in practice and goes beyond one person or one situation. Describe it in general terms: never a name, an address, a number or a date of birth.</source>
      <translation>Een signaal is een probleem dat in de praktijk terugkomt en verder gaat dan één persoon of één situatie. Beschrijf het in algemene woorden: nooit een naam, een adres, een nummer of een geboortedatum.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a tab: indent with spaces only</source>
      <translation>een tab: spring alleen met spaties in</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a term of %1</source>
      <translation>een term van %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>a text without names, numbers or addresses</source>
      <translation>een tekst zonder namen, nummers of adressen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>a theme</source>
      <translation>een thema</translation>
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
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>About the barrier “%1”.</source>
      <translation>Over de drempel “%1”.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Accept as a card</source>
      <translation>Aanvaarden als kaart</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <location filename="drempelmeter/ui/due_view.py" />
      <location filename="drempelmeter/ui/indicator_view.py" />
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Action</source>
      <translation>Actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Action %1, %2</source>
      <translation>Actie %1, %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Action %1: %2</source>
      <translation>Actie %1: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Action &amp;plan</source>
      <translation>Actie&amp;plan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Action plan</source>
      <translation>Actieplan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Action point</source>
      <translation>Actiepunt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Action point…</source>
      <translation>Actiepunt…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Actions</source>
      <translation>Acties</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Actions without a deadline</source>
      <translation>Acties zonder deadline</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Actions without an owner</source>
      <translation>Acties zonder trekker</translation>
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
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Add a dot</source>
      <translation>Een stip geven</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Add a proposal</source>
      <translation>Een voorstel toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Add a proposal…</source>
      <translation>Een voorstel toevoegen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_edits.py" />
      <source>Add a questionnaire</source>
      <translation>Een vragenlijst toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Add a questionnaire theme</source>
      <translation>Een thema aan de vragenlijst toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Add a signal</source>
      <translation>Signaal toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_edits.py" />
      <source>Add a value of “%1”</source>
      <translation>Een waarde van “%1” toevoegen</translation>
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
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Add the &amp;partners…</source>
      <translation>&amp;Partners toevoegen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_edits.py" />
      <source>Add the indicator “%1”</source>
      <translation>De indicator “%1” toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_edits.py" />
      <source>Add the theme “%1”</source>
      <translation>Het thema “%1” toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Add to the plan</source>
      <translation>Aan het plan toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Add to “%1”</source>
      <translation>Toevoegen aan “%1”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_edits.py" />
      <source>Add “%1”</source>
      <translation>“%1” toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Add “%1” as a concrete point of the action:</source>
      <translation>“%1” toevoegen als concreet punt van de actie:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Add “%1” to action %2</source>
      <translation>“%1” toevoegen aan actie %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_edits.py" />
      <source>Add “%1” to the plan</source>
      <translation>“%1” aan het plan toevoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Add “%1” to the pre-mortem</source>
      <translation>“%1” toevoegen aan de pre-mortem</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Added by the region</source>
      <translation>Toegevoegd door de regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>address</source>
      <translation>adres</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Addressee</source>
      <translation>Bestemmeling</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_section.py" />
      <source>Add…</source>
      <translation>Toevoegen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>Agenda</source>
      <translation>Agenda</translation>
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
      <location filename="drempelmeter/ui/score_views.py" />
      <source>All groups</source>
      <translation>Alle groepen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Allowed</source>
      <translation>Toegelaten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>anchors and aliases (&amp; and *) are not allowed; put a label that starts with &amp; or * in double quotes</source>
      <translation>ankers en aliassen (&amp; en *) zijn niet toegestaan; zet een benaming die met &amp; of * begint tussen dubbele aanhalingstekens</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>and %1 more partners (all of them under Partner × B)</source>
      <translation>en nog %1 partners (allemaal te zien onder Partner × B)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>another B, or empty</source>
      <translation>een andere B, of leeg</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>another Drempelmeter</source>
      <translation>een andere Drempelmeter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>another partner</source>
      <translation>een andere partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>another trajectory</source>
      <translation>een ander traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Ans&amp;wer:</source>
      <translation>&amp;Antwoord:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_edits.py" />
      <source>Answer “%1” to %2</source>
      <translation>Antwoord “%1” op %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Answered</source>
      <translation>Beantwoord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Answered &amp;on</source>
      <translation>B&amp;eantwoord op</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Answers</source>
      <translation>Antwoorden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>Answers from before in this session's poll: %1 (from phones or counted by hand). They stay counted: phones that answered before can answer again.</source>
      <translation>Antwoorden van eerder in de peiling van deze sessie: %1 (van toestellen of met de hand geteld). Ze blijven meetellen: toestellen die al antwoordden, kunnen opnieuw antwoorden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>answers without a code</source>
      <translation>antwoorden zonder code</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/entry_grid.py" />
      <source>Answers: one row per questionnaire, one column per question</source>
      <translation>Antwoorden: een rij per vragenlijst, een kolom per vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Arrows move the card chosen with Tab; or type its impact, then its effort.</source>
      <translation>De pijltjes verplaatsen de kaart die je met Tab koos; of typ de impact en daarna de inspanning.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>As:</source>
      <translation>Als:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>at most %1 characters</source>
      <translation>hoogstens %1 tekens</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Attendees</source>
      <translation>Aanwezigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Attendees and agenda…</source>
      <translation>Aanwezigen en agenda…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <location filename="drempelmeter/ui/signal_table.py" />
      <source>B</source>
      <translation>B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>B of the entry</source>
      <translation>B van het punt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>B's it ser&amp;ves:</source>
      <translation>B's die ze &amp;ondersteunt:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>B's without an action</source>
      <translation>B's zonder actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>B: %1 (again: no B)</source>
      <translation>B: %1 (nog eens: geen B)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>Back to the &amp;phase's questions</source>
      <translation>Terug naar de vragen van de &amp;fase</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>Backing up…</source>
      <translation>Reservekopie maken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>bank account number</source>
      <translation>rekeningnummer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <location filename="drempelmeter/ui/cycle_view.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Barrier</source>
      <translation>Drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Barriers</source>
      <translation>Drempels</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Barriers by score</source>
      <translation>Drempels volgens score</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Barriers by score, with the cumulative share</source>
      <translation>Drempels volgens score, met het cumulatieve aandeel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>Barriers the partner recognises</source>
      <translation>Drempels die de partner herkent</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Barriers with their dots</source>
      <translation>Drempels met hun stippen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Barriers: list, suggestions and chart</source>
      <translation>Drempels: lijst, suggesties en grafiek</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Barrier…</source>
      <translation>Drempel…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Based on</source>
      <translation>Op basis van</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Baseline</source>
      <translation>Nulwaarde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>Baseline &amp;date:</source>
      <translation>&amp;Datum van de nulwaarde:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>Baseline &amp;round:</source>
      <translation>R&amp;onde van de nulwaarde:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Baseline and re-measurement</source>
      <translation>Nulmeting en herhaalmeting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Before importing a response form</source>
      <translation>Voor het importeren van een antwoordformulier</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Before importing a signal bundle</source>
      <translation>Voor het importeren van een signalenbundel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Before importing an action plan</source>
      <translation>Voor het importeren van een actieplan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Before restoring a backup</source>
      <translation>Voor het terugzetten van een reservekopie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>before the start</source>
      <translation>voor de start</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Before upgrading to this version</source>
      <translation>Voor het bijwerken naar deze versie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Beside the B's, a questionnaire measures themes. The three fixed ones come with the questionnaire; add the region's own with its questions. A new round asks the themes in use; a retired theme is no longer asked, and the answers given to it stay readable.</source>
      <translation>Naast de B’s meet een vragenlijst ook thema’s. De drie vaste thema’s horen bij de vragenlijst; voeg de eigen thema’s van de regio toe, met hun vragen. Een nieuwe ronde vraagt naar de thema’s die in gebruik zijn; naar een thema dat niet meer in gebruik is, wordt niet meer gevraagd, en de antwoorden erop blijven leesbaar.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Black screen</source>
      <translation>Zwart scherm</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Black screen (any key comes back)</source>
      <translation>Zwart scherm (elke toets brengt het terug)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Black screen: press any key to come back</source>
      <translation>Zwart scherm: druk op een toets om terug te keren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Body or office, then “t.a.v.” a contact person (optional)</source>
      <translation>Instantie of dienst, dan “t.a.v.” een contactpersoon (niet verplicht)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Bundle %1 signals into “%2”</source>
      <translation>%1 signalen bundelen in “%2”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Bundle for %1 saved as %2 (%3 signals filled in).</source>
      <translation>Bundel voor %1 bewaard als %2 (%3 signalen ingevuld).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Bundle into a barrier</source>
      <translation>Bundelen in een drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Bundle into a barrier…</source>
      <translation>Bundelen in een drempel…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Bundle this suggestion…</source>
      <translation>Deze suggestie bundelen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Bundling takes the signals out of those barriers; the closed round keeps its ranks. Bundle them anyway?</source>
      <translation>Bundelen haalt de signalen uit die drempels; de afgesloten ronde houdt haar rangorde. Toch bundelen?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>C&amp;hange</source>
      <translation>&amp;Verandering</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>C&amp;overage</source>
      <translation>De&amp;kking</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>Cancel</source>
      <translation>Annuleren</translation>
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
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Capture “%1”</source>
      <translation>“%1” noteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Capture: type what the room says, Enter adds it</source>
      <translation>Noteren: typ wat de zaal zegt, Enter voegt het toe</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Captured entries</source>
      <translation>Genoteerde punten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Captured: %1</source>
      <translation>Genoteerd: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Card above, or the previous cluster</source>
      <translation>Kaart erboven, of de vorige cluster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Card below, or the next cluster</source>
      <translation>Kaart eronder, of de volgende cluster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>Carried over</source>
      <translation>Overgenomen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>Carried over from the previous cycle</source>
      <translation>Overgenomen uit de vorige cyclus</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Change</source>
      <translation>Verandering</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Change between two rounds per B</source>
      <translation>Verandering tussen twee rondes per B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Change the session's questions</source>
      <translation>De vragen van de sessie wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Change the state of phase %1</source>
      <translation>Stand van fase %1 wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Change the status of %1 signals</source>
      <translation>Stand van %1 signalen wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Change the weights of the score</source>
      <translation>De gewichten van de score wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Change “%1”</source>
      <translation>“%1” wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Changed “%1”: %2</source>
      <translation>“%1” gewijzigd: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Changed: %1. A question worded otherwise takes the answers given to the question in its place.</source>
      <translation>Gewijzigd: %1. Een vraag die anders verwoord is, neemt de antwoorden over die gegeven werden op de vraag op haar plaats.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Chec&amp;k for personal data…</source>
      <translation>&amp;Controleren op persoonsgegevens…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Check for personal data</source>
      <translation>Controleren op persoonsgegevens</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Check these texts with File ▸ Check for personal data…; they are masked in every export until then.</source>
      <translation>Kijk deze teksten na met Bestand ▸ Controleren op persoonsgegevens…; tot dan worden ze in elke export vervangen door neutrale woorden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>Checking “%1”…</source>
      <translation>“%1” wordt nagekeken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Checklist</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Checklist item</source>
      <translation>Checklistpunt</translation>
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
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Choose a barrier to see its signals.</source>
      <translation>Kies een drempel om zijn signalen te zien.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Choose an action.</source>
      <translation>Kies een actie.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Choose another name: this is the file that is open.</source>
      <translation>Kies een andere naam: dit is het bestand dat nu open is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Choose the action</source>
      <translation>De actie kiezen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Choose the action first: press A on the beamer.</source>
      <translation>Kies eerst de actie: druk op A op de beamer.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <source>Choose the partners myself</source>
      <translation>Zelf de partners kiezen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Clients</source>
      <translation>Cliënten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Close round</source>
      <translation>Ronde afsluiten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Close round…</source>
      <translation>Ronde afsluiten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Close the round</source>
      <translation>De ronde afsluiten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Close the session</source>
      <translation>De sessie afsluiten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Close the session? Its summary is written (attendees, agenda kept, what was captured and decided) and the presenter closes.</source>
      <translation>De sessie afsluiten? De samenvatting wordt geschreven (aanwezigen, gevolgde agenda, wat genoteerd en beslist werd) en het presentatievenster sluit.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Close the session…</source>
      <translation>De sessie afsluiten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Close “%1”? Its answers are then frozen for good: they can no longer be changed, and this cannot be undone.</source>
      <translation>“%1” afsluiten? De antwoorden liggen dan voorgoed vast: ze kunnen niet meer veranderen, en dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>closed</source>
      <translation>afgesloten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Closed on %1.</source>
      <translation>Afgesloten op %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Closed on %1: its answers are frozen.</source>
      <translation>Afgesloten op %1: de antwoorden liggen vast.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Cluster “%1”</source>
      <translation>Cluster “%1”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Co&amp;mpare with:</source>
      <translation>Vergelijken &amp;met:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Column</source>
      <translation>Kolom</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Columns that were not read: %1.</source>
      <translation>Kolommen die niet gelezen zijn: %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Compare with round</source>
      <translation>Vergelijken met ronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Confirmed as not personal data</source>
      <translation>Bevestigd: geen persoonsgegevens</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Control window (%1)</source>
      <translation>Bedieningsvenster (%1)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>copy</source>
      <translation>kopie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Copy the chart as an image</source>
      <translation>De grafiek als afbeelding kopiëren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Count %1 for %2</source>
      <translation>Aantal %1 voor %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Counted in the room</source>
      <translation>Geteld in de zaal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Cu&amp;t</source>
      <translation>&amp;Knippen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Cumulative share</source>
      <translation>Cumulatief aandeel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>current</source>
      <translation>huidige</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <source>Cycle %1 started: %2 barriers and %3 actions carried over</source>
      <translation>Cyclus %1 gestart: %2 drempels en %3 acties overgenomen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <location filename="drempelmeter/ui/indicator_view.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>date of birth</source>
      <translation>geboortedatum</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Date: %1</source>
      <translation>Datum: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Deci&amp;sion:</source>
      <translation>Be&amp;slissing:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Decide on a proposal</source>
      <translation>Over een voorstel beslissen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Decide on the proposal…</source>
      <translation>Over het voorstel beslissen…</translation>
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
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <source>Decision</source>
      <translation>Beslissing</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Decision log</source>
      <translation>Besluitenlijst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Default</source>
      <translation>Standaard</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>Devices joined: %1. J closes the room.</source>
      <translation>Toestellen die meedoen: %1. J sluit de zaal.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Discard</source>
      <translation>Schrappen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Discard “%1”</source>
      <translation>“%1” schrappen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Discussion note</source>
      <translation>Gespreksnotitie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Discussion note…</source>
      <translation>Gespreksnotitie…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Discussion: %1</source>
      <translation>Gesprek: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/entry_grid.py" />
      <source>don't know</source>
      <translation>weet niet</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Don't know</source>
      <translation>Weet niet</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Done</source>
      <translation>Gedaan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>done</source>
      <translation>klaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Dot voting</source>
      <translation>Stippenstemming</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Dots</source>
      <translation>Stippen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Dots left</source>
      <translation>Stippen over</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Dots left per participant</source>
      <translation>Resterende stippen per deelnemer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Dots left: %1</source>
      <translation>Resterende stippen: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Dots of: %1</source>
      <translation>Stippen van: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Dots over the budget</source>
      <translation>Stippen boven het budget</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Drafts to review</source>
      <translation>Klad om na te kijken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Drempelmeter %1

For the process coach of a Geïntegreerd Breed Onthaal: lead the region through the six phases of the drempelmeter.

What changed in each version: Help ▸ Release notes (shipped with the app, readable offline).

Drempelmeter never connects to the internet on its own and does not check for updates: a new version comes from whoever installed this one.

Log file: %2</source>
      <translation>Drempelmeter %1

Voor de procescoach van een Geïntegreerd Breed Onthaal: leid de regio door de zes fasen van de drempelmeter.

Wat er in elke versie veranderde: Help ▸ Versiegeschiedenis (meegeleverd met het programma, ook offline te lezen).

Drempelmeter maakt nooit uit zichzelf verbinding met het internet en zoekt niet naar updates: een nieuwe versie krijg je van wie deze versie installeerde.

Logbestand: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Drempelmeter keeps copies of “%1” in its own folder: when the file is opened (once a day) and before every import, upgrade and restore. Choose the moment to go back to.</source>
      <translation>Drempelmeter bewaart kopieën van “%1” in een eigen map: bij het openen van het bestand (één keer per dag) en vóór elke import, elke bijwerking naar een nieuwe versie en elke terugzetting. Kies het moment waarnaar je terug wilt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>Drempelmeter trajectory (*.drempel)</source>
      <translation>Drempelmeter-traject (*.drempel)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Due by</source>
      <translation>Uiterlijk op</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>due in %1 days</source>
      <translation>deadline over %1 dagen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Due soon</source>
      <translation>Deadline binnenkort</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Due soon: &amp;within</source>
      <translation>Deadline &amp;binnen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>due today</source>
      <translation>deadline vandaag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>due tomorrow</source>
      <translation>deadline morgen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Duplicate</source>
      <translation>Dupliceren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Dutch</source>
      <translation>Nederlands</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Dutch label</source>
      <translation>Nederlandse benaming</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>E&amp;ntry</source>
      <translation>I&amp;nvoer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>E&amp;xplanation:</source>
      <translation>&amp;Uitleg:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>E&amp;xport…</source>
      <translation>&amp;Exporteren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>e-mail address</source>
      <translation>e-mailadres</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Each participant has %1 dots.</source>
      <translation>Elke deelnemer heeft %1 stippen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Each participant has %1 dots; type them per participant, or the room's count in the Tally column.</source>
      <translation>Elke deelnemer heeft %1 stippen; typ ze per deelnemer, of de telling van de zaal in de kolom Telling.</translation>
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
      <location filename="drempelmeter/ui/edits.py" />
      <source>Edit a signal</source>
      <translation>Signaal bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_edits.py" />
      <source>Edit action %1</source>
      <translation>Actie %1 bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <source>Edit barrier</source>
      <translation>Drempel bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Edit barrier…</source>
      <translation>Drempel bewerken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>Edit indicator</source>
      <translation>Indicator bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Edit indicator…</source>
      <translation>Indicator bewerken…</translation>
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
      <location filename="drempelmeter/ui/policy_edits.py" />
      <source>Edit policy signal %1</source>
      <translation>Beleidssignaal %1 bewerken</translation>
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
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Edit signal</source>
      <translation>Signaal bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Edit the barrier “%1”</source>
      <translation>De drempel “%1” bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_edits.py" />
      <source>Edit the indicator “%1”</source>
      <translation>De indicator “%1” bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>Edit the report texts</source>
      <translation>De rapportteksten bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/theme_edits.py" />
      <source>Edit the theme “%1”</source>
      <translation>Het thema “%1” bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Edit the trajectory details</source>
      <translation>Gegevens van het traject bewerken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_section.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Edit…</source>
      <translation>Bewerken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Effort</source>
      <translation>Inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Effort →</source>
      <translation>Inspanning →</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>empty, for a new signal</source>
      <translation>leeg, voor een nieuw signaal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/i18n.py" />
      <source>en</source>
      <comment>language code of the user interface</comment>
      <translation>nl</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>English</source>
      <translation>Engels</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>English label</source>
      <translation>Engelse benaming</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Enter votes, a placement or an objection</source>
      <translation>Stemmen, een plaatsing of een bezwaar invoeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Entry captured in a workshop</source>
      <translation>Punt genoteerd in een workshop</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>evaluation %1 days late</source>
      <translation>evaluatie %1 dagen te laat</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>evaluation 1 day late</source>
      <translation>evaluatie 1 dag te laat</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>evaluation to plan by %1</source>
      <translation>evaluatie te plannen tegen %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>Every closed session (%1)</source>
      <translation>Elke afgesloten sessie (%1)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Every number of the partner per B and group</source>
      <translation>Alle cijfers van de partner per B en groep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Every signal belongs to the partner who noticed it, and this trajectory has no partners yet. Add them on the page Partners and participants; then come back for the signals.</source>
      <translation>Elk signaal hoort bij de partner die het opmerkte, en dit traject heeft nog geen partners. Voeg ze toe op de pagina Partners en deelnemers; kom daarna terug voor de signalen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Every signal belongs to the partner who noticed it: add the partners first.</source>
      <translation>Elk signaal hoort bij de partner die het opmerkte: voeg eerst de partners toe.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Every text in this trajectory that looks like personal data. Change a text where you made it (or replace it with neutral words), or confirm it is not personal data when you save it. Until then, exports and reports replace it with neutral words.</source>
      <translation>Elke tekst in dit traject die op persoonsgegevens lijkt. Pas een tekst aan waar je hem gemaakt hebt (of vervang hem door neutrale woorden), of bevestig bij het bewaren dat het geen persoonsgegevens zijn. Tot dan vervangen exports en rapporten hem door neutrale woorden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Everywhere</source>
      <translation>Overal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Evidence</source>
      <translation>Bewijs</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Excel form for this group</source>
      <translation>Excelformulier voor deze groep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Excel form for this group…</source>
      <translation>Excelformulier voor deze groep…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>Excel workbook (*.xlsx *.xlsm)</source>
      <translation>Excel-werkmap (*.xlsx *.xlsm)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Excel workbook, to work on</source>
      <translation>Excel-werkmap, om mee te werken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>expected end %1</source>
      <translation>verwacht einde %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Explanation</source>
      <translation>Uitleg</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Export a &amp;follow-up form…</source>
      <translation>Een opvolgings&amp;formulier exporteren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>Export a follow-up form</source>
      <translation>Een opvolgingsformulier exporteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Export a signal bundle</source>
      <translation>Signalenbundel exporteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Export the questionnaire themes</source>
      <translation>De thema’s van de vragenlijst exporteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Export the vocabularies</source>
      <translation>De woordenlijsten exporteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/points_editor.py" />
      <source>F2 edits a point, Delete removes it, Alt+Up and Alt+Down move it.</source>
      <translation>F2 bewerkt een punt, Delete verwijdert het, Alt+pijl omhoog en Alt+pijl omlaag verplaatsen het.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Fact&amp;ors</source>
      <translation>Fact&amp;oren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Failure &amp;risk:</source>
      <translation>Faal&amp;risico:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Failure risks</source>
      <translation>Faalrisico’s</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Failure risks per cluster</source>
      <translation>Faalrisico’s per cluster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Feed&amp;back per partner</source>
      <translation>&amp;Terugkoppeling per partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>Feedback for partner</source>
      <translation>Terugkoppeling voor partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Filter: %1</source>
      <translation>Filter: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Filter: only imported signals whose text waits for review</source>
      <translation>Filter: alleen geïmporteerde signalen waarvan de tekst wacht tot je hem nakijkt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Fixed</source>
      <translation>Vast</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Fo&amp;llow-up</source>
      <translation>Op&amp;volging</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Follow-up</source>
      <translation>Opvolging</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>Follow-up %1</source>
      <translation>Opvolging %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>Follow-up form for %1 saved as %2 (%3 actions).</source>
      <translation>Opvolgingsformulier voor %1 bewaard als %2 (%3 acties).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Follow-up of action %1</source>
      <translation>Opvolging van actie %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Follow-up report of an action</source>
      <translation>Opvolgingsverslag van een actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>For which partner?</source>
      <translation>Voor welke partner?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>For whom?</source>
      <translation>Voor wie?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>format_version must be a whole number, such as 1</source>
      <translation>format_version moet een geheel getal zijn, zoals 1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Fre&amp;quency</source>
      <translation>&amp;Frequentie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Frequency</source>
      <translation>Frequentie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Full screen on or off</source>
      <translation>Volledig scherm aan of uit</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Gap</source>
      <translation>Kloof</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Gap between staff and clients per B</source>
      <translation>Kloof tussen medewerkers en cliënten per B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>GBO function:</source>
      <translation>GBO-functie:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>GBO principles</source>
      <translation>GBO-principes</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>GBO principles it &amp;upholds:</source>
      <translation>GBO-principes die ze &amp;uitdraagt:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>GBO principles without an action</source>
      <translation>GBO-principes zonder actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>Give the indicator a name.</source>
      <translation>Geef de indicator een naam.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Give the policy signal a subject.</source>
      <translation>Geef het beleidssignaal een onderwerp.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>Go back and change it</source>
      <translation>Terug om het aan te passen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Go to the &amp;barriers</source>
      <translation>Naar de &amp;drempels</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Go to the &amp;follow-up</source>
      <translation>Naar de &amp;opvolging</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Go to the &amp;measurement</source>
      <translation>Naar de &amp;meting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Go to the &amp;partners</source>
      <translation>Naar de &amp;partners</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Go to the &amp;signals</source>
      <translation>Naar de &amp;signalen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Go to the action &amp;plan</source>
      <translation>Naar het actie&amp;plan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Go to the capture line</source>
      <translation>Naar de noteerregel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Goal of the plan</source>
      <translation>Doel van het plan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Gro&amp;up:</source>
      <translation>Gro&amp;ep:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Group</source>
      <translation>Groep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Groups</source>
      <translation>Groepen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Groups (steering group, working groups, …)</source>
      <translation>Groepen (stuurgroep, werkgroepen, …)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Gut feeling per B</source>
      <translation>Buikgevoel per B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Gut feeling per B: the counts</source>
      <translation>Buikgevoel per B: de aantallen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Hands counted</source>
      <translation>Getelde handen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Hands or cards</source>
      <translation>Handen of kaarten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>hidden</source>
      <translation>verborgen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Hidden: fewer people gave a score from 1 to 5 here than the smallest group shown.</source>
      <translation>Verborgen: hier gaven minder mensen een score van 1 tot 5 dan de kleinste groep die getoond wordt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Hidden: with the totals of its row and column shown, this number would let a reader work out the hidden cells beside it, and they hold too few people.</source>
      <translation>Verborgen: met de totalen van zijn rij en kolom erbij zou dit getal een lezer de verborgen cellen ernaast laten uitrekenen, en die tellen te weinig mensen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>high impact, little effort</source>
      <translation>veel impact, weinig inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>high impact, much effort</source>
      <translation>veel impact, veel inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>How it could fail</source>
      <translation>Hoe het kan mislukken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>How often the sounding board (klankgroep) evaluates each action under way: the plan's follow-up counts the evaluations late or to plan from it.</source>
      <translation>Hoe vaak de klankgroep elke lopende actie evalueert: de opvolging van het plan telt op basis daarvan de evaluaties die te laat zijn of te plannen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>I&amp;nfluence</source>
      <translation>In&amp;vloed</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Impact</source>
      <translation>Impact</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Impact %1 for “%2”: now type its effort (1–5).</source>
      <translation>Impact %1 voor “%2”: typ nu de inspanning (1–5).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Impact and effort</source>
      <translation>Impact en inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Impact and effort (numbers as in the table)</source>
      <translation>Impact en inspanning (nummers zoals in de tabel)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Impact and effort board</source>
      <translation>Bord impact en inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Impact and effort per barrier</source>
      <translation>Impact en inspanning per drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Impact →</source>
      <translation>Impact →</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Impact, then effort (two digits 1–5)</source>
      <translation>Impact, dan inspanning (twee cijfers 1–5)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Import a filled form…</source>
      <translation>Ingevuld formulier importeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <location filename="drempelmeter/ui/prompts.py" />
      <source>Import a filled workbook</source>
      <translation>Ingevulde werkmap importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>Import a follow-up form</source>
      <translation>Een opvolgingsformulier importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>Import a response form</source>
      <translation>Antwoordformulier importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>Import a signal bundle</source>
      <translation>Signalenbundel importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Import an action &amp;plan…</source>
      <translation>Een actie&amp;plan importeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Import an action plan</source>
      <translation>Een actieplan importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Import questionnaire themes</source>
      <translation>Thema’s van de vragenlijst importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Import the answers of %1 (%2)</source>
      <translation>De antwoorden van %1 (%2) importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Import the bundle of %1</source>
      <translation>Bundel van %1 importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>Import the follow-up form of %1</source>
      <translation>Het opvolgingsformulier van %1 importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Import the valid questionnaires</source>
      <translation>De geldige vragenlijsten importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Import the valid rows</source>
      <translation>De correcte rijen importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Import vocabularies</source>
      <translation>Woordenlijsten importeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Imported from the sheet “%1”: %2 pillars, %3 goals, %4 actions.</source>
      <translation>Geïmporteerd uit het blad “%1”: %2 pijlers, %3 doelen, %4 acties.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>Imported the answers of %1: %2 new questionnaires, %3 updated.</source>
      <translation>Antwoorden van %1 geïmporteerd: %2 nieuwe vragenlijsten, %3 bijgewerkt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>Imported the bundle of %1: %2 new, %3 updated.</source>
      <translation>Bundel van %1 geïmporteerd: %2 nieuw, %3 bijgewerkt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>Imported the follow-up form of %1: %2 new steps, %3 corrected.</source>
      <translation>Opvolgingsformulier van %1 geïmporteerd: %2 nieuwe stappen, %3 verbeterd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Imported, waits for review</source>
      <translation>Geïmporteerd, wacht tot je het nakijkt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Imported, waits for your review: row %1, column %2: %3 — “%4”</source>
      <translation>Geïmporteerd, wacht tot je het nakijkt: rij %1, kolom %2: %3 — “%4”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>Importing “%1”…</source>
      <translation>“%1” wordt geïmporteerd…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Indicator</source>
      <translation>Indicator</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Indicator in the plan: %1</source>
      <translation>Indicator in het plan: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>indicators</source>
      <translation>indicatoren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Indicators and sounding board</source>
      <translation>Indicatoren en klankgroep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Influence</source>
      <translation>Invloed</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Interpretation of a report chapter</source>
      <translation>Duiding van een hoofdstuk van het rapport</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>it closed no measurement to take as a baseline</source>
      <translation>daarin werd geen meting afgesloten die als nulmeting kan dienen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>its baseline is %1, closed on %2</source>
      <translation>de nulmeting is %1, afgesloten op %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>its explanation</source>
      <translation>de uitleg</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>Its file is at %1.</source>
      <translation>Het bestand van die cyclus staat op %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>Its file was not found where it was (%1); the baseline is kept in this file.</source>
      <translation>Het bestand van die cyclus staat niet meer waar het stond (%1); de nulmeting blijft in dit bestand bewaard.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>its folder cannot be written (a read-only share or a locked stick)</source>
      <translation>in de map kan niet geschreven worden (een alleen-lezen netwerkmap of een vergrendelde stick)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>its name</source>
      <translation>de naam</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>its name is too long to keep a lock file beside it; give it a shorter name</source>
      <translation>de naam is te lang om er een vergrendelingsbestand naast te bewaren; geef het een kortere naam</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Keep the agenda's times</source>
      <translation>De tijden van de agenda bewaren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Keep: I confirm this is not personal data</source>
      <translation>Behouden: ik bevestig dat dit geen persoonsgegevens zijn</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>Keep: it is not personal data</source>
      <translation>Behouden: het zijn geen persoonsgegevens</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Key finding of the report</source>
      <translation>Kernbevinding van het rapport</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Keys</source>
      <translation>Toetsen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Keys of this window</source>
      <translation>Toetsen van dit venster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Keys: %1</source>
      <translation>Toetsen: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Kind of data</source>
      <translation>Soort gegeven</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Kind of the entry</source>
      <translation>Soort punt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Kind: %1</source>
      <translation>Soort: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/text_size.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Larger text</source>
      <translation>Grotere tekst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Last evaluation</source>
      <translation>Laatste evaluatie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Late or to plan</source>
      <translation>Te laat of te plannen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Latest</source>
      <translation>Laatste</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/welcome.py" />
      <source>Lead your region through the six phases of the drempelmeter: find, measure and remove the barriers that keep people from the help they are entitled to. Everything is kept in one trajectory file on this computer.</source>
      <translation>Begeleid je regio door de zes fasen van de drempelmeter: drempels opsporen, meten en wegwerken, zodat mensen de hulp krijgen waar ze recht op hebben. Alles blijft in één trajectbestand op deze computer.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>leave it as it was, or empty</source>
      <translation>laat het zoals het was, of leeg</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Leave the presenter (the session keeps running)</source>
      <translation>Het presentatievenster verlaten (de sessie loopt door)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>leave the row empty, or ask the coach for a new form</source>
      <translation>laat de rij leeg, of vraag de coach om een nieuw formulier</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Leave workshop mode (the session stays open)</source>
      <translation>De workshopmodus verlaten (de sessie blijft open)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Left empty, the letter is addressed to the competent service of the government at the chosen level, such as the Flemish Government.</source>
      <translation>Laat je dit leeg, dan gaat de brief naar de bevoegde dienst van de overheid op het gekozen niveau, zoals de Vlaamse Regering.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Less effort</source>
      <translation>Minder inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Less impact</source>
      <translation>Minder impact</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>Let the room join (again: close it)</source>
      <translation>De zaal laten meedoen (nog eens: sluiten)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <location filename="drempelmeter/ui/signal_table.py" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Life domains</source>
      <translation>Levensdomeinen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>Linked to a B of the &amp;measurement:</source>
      <translation>Gekoppeld aan een B van de &amp;meting:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <source>Location</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Log a decision</source>
      <translation>Beslissing noteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Looking for suggestions…</source>
      <translation>Suggesties zoeken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>looks like personal data (%1)</source>
      <translation>lijkt op persoonsgegevens (%1)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>Looks like personal data: %1.</source>
      <translation>Lijkt op persoonsgegevens: %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>low impact, little effort</source>
      <translation>weinig impact, weinig inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>low impact, much effort</source>
      <translation>weinig impact, veel inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Make a policy signal</source>
      <translation>Een beleidssignaal maken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_edits.py" />
      <source>Make a policy signal of “%1”</source>
      <translation>Van “%1” een beleidssignaal maken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Make a policy signal…</source>
      <translation>Een beleidssignaal maken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Make “%1” a barrier</source>
      <translation>“%1” een drempel maken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Make “%1” a signal</source>
      <translation>“%1” een signaal maken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Mark the card</source>
      <translation>De kaart aanduiden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Mark the risk cards to cluster first (Space).</source>
      <translation>Duid eerst de risicokaarten aan om te clusteren (spatie).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>marked</source>
      <translation>aangeduid</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Me&amp;thod:</source>
      <translation>Me&amp;thode:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Mean</source>
      <translation>Gemiddelde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Mean per B of everyone who answered, 1 to 5.</source>
      <translation>Gemiddelde per B van iedereen die antwoordde, van 1 tot 5.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Mean score of “%1” per partner and B</source>
      <translation>Gemiddelde score van “%1” per partner en B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Mean score per partner and B</source>
      <translation>Gemiddelde score per partner en B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Means and budget</source>
      <translation>Middelen en budget</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Measured</source>
      <translation>Gemeten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Measurement</source>
      <translation>Meting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Measurement round</source>
      <translation>Meetronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>Measurement: %1.</source>
      <translation>Meting: %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Measurement: entry and charts</source>
      <translation>Meting: invoer en grafieken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Merge the selected barriers</source>
      <translation>De gekozen drempels samenvoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Merge two barriers</source>
      <translation>Twee drempels samenvoegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Messages</source>
      <translation>Meldingen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Method of the new round</source>
      <translation>Methode van de nieuwe ronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Minutes</source>
      <translation>Minuten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>Minutes %1</source>
      <translation>Verslag %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>Minutes of the workshops</source>
      <translation>Verslag van de workshops</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>Minutes saved as %1.</source>
      <translation>Verslag bewaard als %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_table.py" />
      <source>Moment</source>
      <translation>Moment</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>More effort</source>
      <translation>Meer inspanning</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>More impact</source>
      <translation>Meer impact</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>more than %1 terms</source>
      <translation>meer dan %1 termen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/workshop/moscow_view.py" />
      <source>MoSCoW</source>
      <translation>MoSCoW</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>MoSCoW (4 must … 1 won't)</source>
      <translation>MoSCoW (4 must … 1 won't)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>MoSCoW priorit&amp;y:</source>
      <translation>MoSCoW-&amp;label:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Move down</source>
      <translation>Omlaag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_edits.py" />
      <source>Move in the plan</source>
      <translation>Verplaatsen in het plan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Move up</source>
      <translation>Omhoog</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>must, should, could, won't</source>
      <translation>must, should, could, won't (moet, zou moeten, kan, nu niet)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>N&amp;ote:</source>
      <translation>&amp;Notitie:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <source>Name</source>
      <translation>Naam</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>name</source>
      <translation>naam</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Name of the &amp;new cluster:</source>
      <translation>Naam van de &amp;nieuwe cluster:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Name of the barrier:</source>
      <translation>Naam van de drempel:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Name of the new barrier:</source>
      <translation>Naam van de nieuwe drempel:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>national register number</source>
      <translation>rijksregisternummer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>Needs</source>
      <translation>Nodig</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Never listed, as they have no planned end date: %1. Give them one in the plan.</source>
      <translation>Nooit opgenomen, omdat ze geen deadline hebben: %1. Geef ze er een in het plan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <source>New &amp;file:</source>
      <translation>Nieuw bes&amp;tand:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>New &amp;pillar…</source>
      <translation>Nieuwe &amp;pijler…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>New &amp;signal…</source>
      <translation>Nieuw &amp;signaal…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>New a&amp;ction…</source>
      <translation>Nieuwe a&amp;ctie…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>New barrier</source>
      <translation>Nieuwe drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <source>New file:</source>
      <translation>Nieuw bestand:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>New goal…</source>
      <translation>Nieuw doel…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>New indicator</source>
      <translation>Nieuwe indicator</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>New indicator…</source>
      <translation>Nieuwe indicator…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/round_dialog.py" />
      <source>New measurement round</source>
      <translation>Nieuwe meetronde</translation>
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
      <location filename="drempelmeter/ui/points_editor.py" />
      <source>New point: %1</source>
      <translation>Nieuw punt: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>New round</source>
      <translation>Nieuwe ronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>New round…</source>
      <translation>Nieuwe ronde…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>New session in phase %1</source>
      <translation>Nieuwe sessie in fase %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>New signal</source>
      <translation>Nieuw signaal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>New signals: %1 · updated: %2 · already in the trajectory: %3</source>
      <translation>Nieuwe signalen: %1 · bijgewerkt: %2 · al in het traject: %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>New signal…</source>
      <translation>Nieuw signaal…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>New title:</source>
      <translation>Nieuwe titel:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>New trajectory</source>
      <translation>Nieuw traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Next agenda item</source>
      <translation>Volgend agendapunt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Next answer</source>
      <translation>Volgend antwoord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Next B</source>
      <translation>Volgende B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <location filename="drempelmeter/ui/workshop/moscow_view.py" />
      <source>Next barrier</source>
      <translation>Volgende drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Next card</source>
      <translation>Volgende kaart</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Next participant</source>
      <translation>Volgende deelnemer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>Next question</source>
      <translation>Volgende vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Next step</source>
      <translation>Volgende stap</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Next view</source>
      <translation>Volgend scherm</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>No action to remind anyone of.</source>
      <translation>Geen actie om iemand aan te herinneren.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>No agenda</source>
      <translation>Geen agenda</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/entry_grid.py" />
      <source>no answer</source>
      <translation>geen antwoord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>No backup of “%1” could be made (%2), so nothing was changed. Check that the disk is not full.</source>
      <translation>Er kon geen reservekopie van “%1” gemaakt worden (%2), dus er is niets veranderd. Kijk na of de schijf niet vol is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>No barriers yet. A barrier bundles signals that point at the same obstacle: look at the suggestions, or select signals on the Signals page and bundle them.</source>
      <translation>Nog geen drempels. Een drempel bundelt signalen die op hetzelfde obstakel wijzen: bekijk de suggesties, of selecteer signalen op de pagina Signalen en bundel ze.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>No barriers yet. A barrier bundles signals that point at the same obstacle: select signals on the Signals page and bundle them into a barrier.</source>
      <translation>Nog geen drempels. Een drempel bundelt signalen die op hetzelfde obstakel wijzen: selecteer signalen op de pagina Signalen en bundel ze tot een drempel.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>No barriers yet: bundle signals into barriers first (tab Suggestions).</source>
      <translation>Nog geen drempels: bundel eerst signalen tot drempels (tabblad Suggesties).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>No baseline or measured value yet.</source>
      <translation>Nog geen nulwaarde of gemeten waarde.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/chart_view.py" />
      <source>No data yet.</source>
      <translation>Nog geen gegevens.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>No failure risks yet.</source>
      <translation>Nog geen faalrisico’s.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>No measurement is closed yet: its radar shows here once one is.</source>
      <translation>Er is nog geen meting afgesloten: het radardiagram verschijnt hier zodra dat zo is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>No network found: only this laptop can join (127.0.0.1). Connect to the venue's Wi-Fi or start the laptop's hotspot, then press J twice.</source>
      <translation>Geen netwerk gevonden: alleen deze laptop kan meedoen (127.0.0.1). Maak verbinding met de wifi van de zaal of zet de hotspot van de laptop aan, en druk dan twee keer op J.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>No objection has been recorded. Plain dot voting hides minorities: before the count, ask who objects, and record it with Objection…</source>
      <translation>Er is geen bezwaar genoteerd. Gewone stippenstemming verbergt minderheden: vraag voor de telling wie bezwaar heeft, en noteer het met Bezwaar…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>No personal data found.</source>
      <translation>Geen persoonsgegevens gevonden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>No plan yet. Start with a pillar (a theme), then its goals and their actions, each serving the barriers the working group prioritised; or bring in the plan your region already has with File ▸ Import an action plan…</source>
      <translation>Nog geen plan. Begin met een pijler (een thema), dan de doelen en hun acties, elk voor de drempels die de werkgroep voorrang gaf; of haal het plan van je regio binnen met Bestand ▸ Een actieplan importeren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>No policy signals yet. On the barriers page, choose a barrier that belongs higher up and make a policy signal of it.</source>
      <translation>Nog geen beleidssignalen. Kies op de pagina Drempels een drempel die op een hoger niveau thuishoort, en maak er een beleidssignaal van.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>No poll to count.</source>
      <translation>Geen peiling om te tellen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>No prioritisation round has been held yet.</source>
      <translation>Er is nog geen prioriteringsronde gehouden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>No prioritisation round is closed yet: the barriers are in the order of their score.</source>
      <translation>Er is nog geen prioriteringsronde afgesloten: de drempels staan in de volgorde van hun score.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>No round of “%1” is open.</source>
      <translation>Er is geen ronde “%1” open.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>No round of “%1” to show: the file is open read-only.</source>
      <translation>Geen ronde “%1” om te tonen: het bestand is alleen-lezen geopend.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>No round to show: there are no barriers yet.</source>
      <translation>Geen ronde te tonen: er zijn nog geen drempels.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>No signals yet. Add them one by one with New signal…, or export a bundle for each partner (File ▸ Export a signal bundle…) and import the filled workbooks.</source>
      <translation>Nog geen signalen. Voeg ze een voor een toe met Nieuw signaal…, of exporteer een bundel per partner (Bestand ▸ Signalenbundel exporteren…) en importeer de ingevulde werkmappen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>No signals yet. Signals come from the partners: add the partners first.</source>
      <translation>Nog geen signalen. Signalen komen van de partners: voeg eerst de partners toe.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>No trajectory open</source>
      <translation>Geen traject geopend</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Non-take-up:</source>
      <translation>Non-take-up:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>None: typed or reported values</source>
      <translation>Geen: getypte of gemelde waarden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not a date</source>
      <translation>geen datum</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not a MoSCoW category</source>
      <translation>geen MoSCoW-categorie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not a number</source>
      <translation>geen getal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not a number Drempelmeter made</source>
      <translation>geen nummer dat Drempelmeter maakte</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not a question of this round</source>
      <translation>geen vraag van deze ronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not an answer</source>
      <translation>geen antwoord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/entry_grid.py" />
      <source>not applicable</source>
      <translation>niet van toepassing</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not between 1-1-2000 and today</source>
      <translation>niet tussen 1-1-2000 en vandaag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>not counted</source>
      <translation>telt niet mee</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Not covered yet</source>
      <translation>Nog niet gedekt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_models.py" />
      <source>not done</source>
      <translation>niet klaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Not enough answers yet: a gap needs scores of both staff and clients.</source>
      <translation>Nog niet genoeg antwoorden: een kloof vraagt scores van zowel medewerkers als cliënten.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Not enough answers yet: this chart appears once there are scores to show (the table says per cell why not).</source>
      <translation>Nog niet genoeg antwoorden: deze grafiek verschijnt zodra er scores te tonen zijn (de tabel zegt per cel waarom niet).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not in the list</source>
      <translation>niet in de lijst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>not placed</source>
      <translation>niet geplaatst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>Not saved: %1</source>
      <translation>Niet bewaard: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>Not saved: change the text that looks like personal data.</source>
      <translation>Niet bewaard: pas de tekst aan die op persoonsgegevens lijkt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not the code of an action Drempelmeter made</source>
      <translation>geen code van een actie die Drempelmeter maakte</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>not the code of an indicator Drempelmeter made</source>
      <translation>geen code van een indicator die Drempelmeter maakte</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/moscow_view.py" />
      <source>Not yet chosen</source>
      <translation>Nog niet gekozen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Not yet placed</source>
      <translation>Nog niet geplaatst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Note</source>
      <translation>Notitie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Note of a pre-mortem</source>
      <translation>Notitie van een pre-mortem</translation>
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
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Notes</source>
      <translation>Notities</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/capture_view.py" />
      <source>Nothing captured yet: what the room says appears here as the coach types it.</source>
      <translation>Nog niets genoteerd: wat de zaal zegt, verschijnt hier terwijl de coach typt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Nothing is hidden here. “—”: no answers.</source>
      <translation>Hier is niets verborgen. “—”: geen antwoorden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Nothing to enter on “%1”.</source>
      <translation>Niets in te geven op “%1”.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Nothing to write into the action yet.</source>
      <translation>Nog niets om in de actie te schrijven.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>Nothing was imported from “%1”. Line %2: %3</source>
      <translation>Er werd niets geïmporteerd uit “%1”. Regel %2: %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Nothing was imported from “%1”; fix these cells first:</source>
      <translation>Er werd niets geïmporteerd uit “%1”; verbeter eerst deze cellen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>now</source>
      <translation>nu</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>Now: %1</source>
      <translation>Nu: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>Now: %1 (%2 minutes)</source>
      <translation>Nu: %1 (%2 minuten)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Num&amp;bers</source>
      <translation>&amp;Cijfers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>O&amp;wner:</source>
      <translation>&amp;Trekker:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Objection</source>
      <translation>Bezwaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>objection</source>
      <translation>bezwaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Objection round</source>
      <translation>Bezwaarronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Objection to this barrier (typed on the laptop)</source>
      <translation>Bezwaar tegen deze drempel (getypt op de laptop)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Objection to “%1”: typed on the laptop.</source>
      <translation>Bezwaar tegen “%1”: getypt op de laptop.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Objection: who objects to this barrier's place, and why</source>
      <translation>Bezwaar: wie heeft bezwaar tegen de plaats van deze drempel, en waarom</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Objection…</source>
      <translation>Bezwaar…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Occasion</source>
      <translation>Aanleiding</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Of %1</source>
      <translation>Van %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>On the beamer: %1 (%2 of %3)</source>
      <translation>Op de beamer: %1 (%2 van %3)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>on time</source>
      <translation>op tijd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>On “%1”</source>
      <translation>Op “%1”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>One less</source>
      <translation>Eén minder</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>One more</source>
      <translation>Eén meer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>One question a line (at most %1), answered on the 1 to 5 scale like every question. A question kept, or reworded in its place, keeps its answers: reword a question only to say the same more clearly; ask something else on a line of its own.</source>
      <translation>Eén vraag per regel (hoogstens %1), beantwoord op de schaal van 1 tot 5 zoals elke vraag. Een vraag die blijft staan, of op haar plaats herschreven wordt, houdt haar antwoorden: herschrijf een vraag dus alleen om hetzelfde duidelijker te zeggen; wil je iets anders vragen, zet het dan op een eigen regel.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>One question a line, as every group reads it unless its own wording below says otherwise.</source>
      <translation>Eén vraag per regel, zoals elke groep ze leest, tenzij de eigen formulering hieronder iets anders zegt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Only signals to &amp;review</source>
      <translation>Alleen signalen om na te &amp;kijken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Open &amp;recent</source>
      <translation>&amp;Recent geopend</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Open it read-only?</source>
      <translation>Alleen-lezen openen?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
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
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Optional: how a group reads a question, as the questionnaire words its own per group (staff: “Clients know that…”, clients: “I knew that…”); lived-experience experts read the clients' wording. An empty cell: that group reads the question as above. Type or press F2 in a cell to word it.</source>
      <translation>Optioneel: hoe een groep een vraag leest, zoals de vragenlijst haar eigen vragen per groep formuleert (medewerkers: “Cliënten weten dat…”, cliënten: “Ik wist dat…”); ervaringsdeskundigen lezen de formulering voor cliënten. Een lege cel: die groep leest de vraag zoals hierboven. Typ in een cel of druk op F2 om ze te formuleren.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Order of the round of %1 (%2), the round closed last; barriers without a rank there follow by their score.</source>
      <translation>Volgorde uit de ronde van %1 (%2), de laatst afgesloten ronde; drempels zonder plaats daarin volgen op hun score.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Overdue</source>
      <translation>Te laat</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>overdue</source>
      <translation>te laat</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Overdue and due soon</source>
      <translation>Te laat of deadline binnenkort</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Overdue and due-soon actions and evaluations</source>
      <translation>Te laat of binnenkort: acties en evaluaties</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Overdue: not done or stopped, and past its planned end date. Due soon: its planned end date within %1 days.</source>
      <translation>Te laat: nog niet klaar en niet gestopt, en de deadline is voorbij. Deadline binnenkort: de deadline valt binnen %1 dagen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Overdue: not done or stopped, and past its planned end date. Due soon: not done or stopped, and its planned end date is today or within the number of days below.</source>
      <translation>Te laat: nog niet klaar en niet gestopt, en de deadline is voorbij. Deadline binnenkort: nog niet klaar en niet gestopt, en de deadline valt vandaag of binnen het aantal dagen hieronder.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <location filename="drempelmeter/ui/due_view.py" />
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Owner</source>
      <translation>Trekker</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>P&amp;artners and participants</source>
      <translation>P&amp;artners en deelnemers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>Pa&amp;rtners involved:</source>
      <translation>Bet&amp;rokken partners:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>Par&amp;tner:</source>
      <translation>P&amp;artner:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Participant</source>
      <translation>Deelnemer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Participant by number (1–9)</source>
      <translation>Deelnemer per nummer (1–9)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Participant roles</source>
      <translation>Rollen van deelnemers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Participants</source>
      <translation>Deelnemers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>Participants are the members of the steering group, the working group and the sounding board. Clients are never recorded here.</source>
      <translation>Deelnemers zijn de leden van de stuurgroep, de werkgroep en de klankgroep. Cliënten worden hier nooit geregistreerd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Participants with their dots left</source>
      <translation>Deelnemers met hun resterende stippen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Participants: %1</source>
      <translation>Deelnemers: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/signal_table.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Partner types</source>
      <translation>Partnertypes</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Partner × B</source>
      <translation>Partner × B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>Partner: %1</source>
      <translation>Partner: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
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
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Partners involved</source>
      <translation>Betrokken partners</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <source>Partners that recognise the barrier</source>
      <translation>Partners die de drempel herkennen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Pause the timer</source>
      <translation>De timer pauzeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>paused</source>
      <translation>gepauzeerd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>PDF, to read</source>
      <translation>PDF, om te lezen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Per &amp;owner, to copy into a reminder you write yourself (Drempelmeter sends nothing):</source>
      <translation>Per &amp;trekker, om te kopiëren in een herinnering die je zelf schrijft (Drempelmeter verstuurt niets):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Per B: %1</source>
      <translation>Per B: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Per level</source>
      <translation>Per niveau</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Per o&amp;wner…</source>
      <translation>Per &amp;trekker…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Per partner: %1</source>
      <translation>Per partner: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>Personal data?</source>
      <translation>Persoonsgegevens?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Phase %1 · %2</source>
      <translation>Fase %1 · %2</translation>
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
      <location filename="drempelmeter/ui/menus.py" />
      <source>Phase &amp;%1</source>
      <translation>Fase &amp;%1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Phase names</source>
      <translation>Namen van de fasen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Phases</source>
      <translation>Fasen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>phone number</source>
      <translation>telefoonnummer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>Phones that voted in this round before: %1. Their votes stay counted: phones that answered before can answer again.</source>
      <translation>Toestellen die eerder in deze ronde stemden: %1. Hun stemmen blijven meetellen: toestellen die al antwoordden, kunnen opnieuw antwoorden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Pillar</source>
      <translation>Pijler</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Pillar of the plan</source>
      <translation>Pijler van het plan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Pillar, goal or action</source>
      <translation>Pijler, doel of actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Pillar: %1</source>
      <translation>Pijler: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Pla&amp;n</source>
      <translation>Pla&amp;n</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Planned end</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Planned path</source>
      <translation>Gepland verloop</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>PNG image (*.png)</source>
      <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Po&amp;licy signals…</source>
      <translation>&amp;Beleidssignalen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Policy signal</source>
      <translation>Beleidssignaal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Policy signal %1</source>
      <translation>Beleidssignaal %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Policy signals</source>
      <translation>Beleidssignalen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Policy signals…</source>
      <translation>Beleidssignalen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Pre-mortem</source>
      <translation>Pre-mortem</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Pre-mortem into action %1</source>
      <translation>Pre-mortem in actie %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Pre-mortem of action %1</source>
      <translation>Pre-mortem van actie %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Pre-mortem of an action</source>
      <translation>Pre-mortem van een actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Pre-mortem: press A to choose the action of the plan.</source>
      <translation>Pre-mortem: druk op A om de actie uit het plan te kiezen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Pre-mortem: type what the room says</source>
      <translation>Pre-mortem: typ wat de zaal zegt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>Preferences</source>
      <translation>Voorkeuren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Press O on the beamer's view to record an objection to the barrier chosen there (while the round is open).</source>
      <translation>Druk op O in het scherm op de beamer om een bezwaar te noteren tegen de drempel die daar gekozen is (zolang de ronde open is).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>Press R to start a round over the %1 barriers.</source>
      <translation>Druk op R om een ronde te starten over de %1 drempels.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Previous answer</source>
      <translation>Vorig antwoord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Previous B</source>
      <translation>Vorige B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <location filename="drempelmeter/ui/workshop/moscow_view.py" />
      <source>Previous barrier</source>
      <translation>Vorige drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Previous card</source>
      <translation>Vorige kaart</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Previous participant</source>
      <translation>Vorige deelnemer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>Previous question</source>
      <translation>Vorige vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Previous view</source>
      <translation>Vorig scherm</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Print &amp;minutes…</source>
      <translation>&amp;Verslag afdrukken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>Print minutes</source>
      <translation>Verslag afdrukken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Printable questionnaire</source>
      <translation>Vragenlijst om af te drukken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Printable questionnaire (PDF)…</source>
      <translation>Vragenlijst om af te drukken (PDF)…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Prioritisation round</source>
      <translation>Prioriteringsronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Priority barriers without an action</source>
      <translation>Prioritaire drempels zonder actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Priority of a barrier</source>
      <translation>Prioriteit van een drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Problem</source>
      <translation>Probleem</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Problems</source>
      <translation>Problemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Problems in the workbook</source>
      <translation>Problemen in de werkmap</translation>
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
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Progress</source>
      <translation>Voortgang</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Progress and measurement</source>
      <translation>Voortgang en meting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Progress of an indicator is (latest value − baseline) / (target − baseline), kept between 0% and 100%. An action's progress is the mean of its indicators that have a baseline, a target and a measured value; an action without such an indicator counts by its status: not started %1, running or adjusted %2, done %3; a stopped action is left out. A pillar's progress is the mean of its actions. An indicator linked to a B takes the region's score in the closed measurement rounds; a score hidden because too few people answered is no value.</source>
      <translation>De voortgang van een indicator is (laatste waarde − nulwaarde) / (streefwaarde − nulwaarde), begrensd tussen 0% en 100%. De voortgang van een actie is het gemiddelde van haar indicatoren met een nulwaarde, een streefwaarde en een gemeten waarde; een actie zonder zo’n indicator telt volgens haar stand: niet gestart %1, lopend of bijgestuurd %2, uitgevoerd %3; een gestopte actie telt niet mee. De voortgang van een pijler is het gemiddelde van zijn acties. Een indicator die aan een B gekoppeld is, neemt de score van de regio in de afgesloten meetrondes; een score die verborgen blijft omdat te weinig mensen antwoordden, is geen waarde.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Progress per action</source>
      <translation>Voortgang per actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Progress per pillar</source>
      <translation>Voortgang per pijler</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Put %1 cards into the cluster:</source>
      <translation>%1 kaarten in de cluster steken:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/moscow_view.py" />
      <source>Put it in “%1”</source>
      <translation>In “%1” steken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Put the marked cards into a cluster…</source>
      <translation>De aangeduide kaarten in een cluster steken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>QR code to join: %1</source>
      <translation>QR-code om mee te doen: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Quadrant</source>
      <translation>Kwadrant</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Question</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>question %1</source>
      <translation>vraag %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>Question %1 of %2: %3</source>
      <translation>Vraag %1 van %2: %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Question of a region's questionnaire theme</source>
      <translation>Vraag bij een thema van de vragenlijst, eigen aan de regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Questionnaire saved as %1.</source>
      <translation>Vragenlijst bewaard als %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Questionnaire t&amp;hemes…</source>
      <translation>&amp;Thema’s van de vragenlijst…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Questionnaire theme of the region</source>
      <translation>Thema van de vragenlijst, eigen aan de regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Questionnaire themes</source>
      <translation>Thema’s van de vragenlijst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Questionnaire “%1”, version %2; started %3.</source>
      <translation>Vragenlijst “%1”, versie %2; gestart op %3.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>Questions</source>
      <translation>Vragen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/prompts_view.py" />
      <source>Questions of this session</source>
      <translation>Vragen van deze sessie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>R&amp;adar</source>
      <translation>R&amp;adar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/feedback_view.py" />
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Rank</source>
      <translation>Plaats</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Rank in %1</source>
      <translation>Plaats in %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <source>Rank in round</source>
      <translation>Plaats in ronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Rationale</source>
      <translation>Motivering</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Rationale: %1</source>
      <translation>Verantwoording: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Re&amp;ach</source>
      <translation>Berei&amp;k</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Re&amp;move</source>
      <translation>Verwij&amp;deren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Re&amp;name…</source>
      <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Reach</source>
      <translation>Bereik</translation>
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
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Reading the signals: %1 of %2 read. Until all are read, search and filters cover the first ones, and the counts per partner and per B wait.</source>
      <translation>De signalen worden gelezen: %1 van %2 gelezen. Tot alles gelezen is, zoeken en filteren alleen in de eerste signalen, en wachten de aantallen per partner en per B.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Reading the signals…</source>
      <translation>De signalen worden gelezen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Realisation %1 %2</source>
      <translation>Realisaties %1 %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/welcome.py" />
      <source>Recent trajectories</source>
      <translation>Recente trajecten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Record</source>
      <translation>Onderdeel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Record progress…</source>
      <translation>Voortgang noteren…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_edits.py" />
      <source>Record the follow-up of an action</source>
      <translation>De opvolging van een actie noteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Record the objection</source>
      <translation>Het bezwaar noteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_edits.py" />
      <source>Record the sounding board's evaluation</source>
      <translation>De evaluatie van de klankgroep noteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Redo</source>
      <translation>Opnieuw</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Region</source>
      <translation>Regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/release_notes.py" />
      <source>Release notes</source>
      <translation>Versiegeschiedenis</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/record_section.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Remove</source>
      <translation>Verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Remove %1 cards of the pre-mortem</source>
      <translation>%1 kaarten uit de pre-mortem verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Remove %1 signals</source>
      <translation>%1 signalen verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Remove a barrier</source>
      <translation>Een drempel verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Remove a decision</source>
      <translation>Beslissing verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_edits.py" />
      <source>Remove a questionnaire</source>
      <translation>Een vragenlijst verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_edits.py" />
      <source>Remove a value of “%1”</source>
      <translation>Een waarde van “%1” verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Remove barrier</source>
      <translation>Drempel verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Remove evaluation</source>
      <translation>Evaluatie verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_edits.py" />
      <source>Remove from the plan</source>
      <translation>Uit het plan verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Remove indicator</source>
      <translation>Indicator verwijderen</translation>
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
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Remove policy signal</source>
      <translation>Beleidssignaal verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_edits.py" />
      <source>Remove policy signal %1</source>
      <translation>Beleidssignaal %1 verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Remove policy signal %1 (“%2”)? You can undo this.</source>
      <translation>Beleidssignaal %1 (“%2”) verwijderen? Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Remove questionnaire</source>
      <translation>Vragenlijst verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Remove session “%1”</source>
      <translation>Sessie “%1” verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Remove the chosen entry</source>
      <translation>Het gekozen punt verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Remove the chosen value</source>
      <translation>De gekozen waarde verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_edits.py" />
      <source>Remove the indicator “%1”</source>
      <translation>De indicator “%1” verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Remove the last digit</source>
      <translation>Het laatste cijfer wissen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Remove the marked cards</source>
      <translation>De aangeduide kaarten verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_edits.py" />
      <source>Remove the sounding board's evaluation</source>
      <translation>De evaluatie van de klankgroep verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Remove “%1”</source>
      <translation>“%1” verwijderen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Rename</source>
      <translation>Hernoemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_edits.py" />
      <source>Rename to “%1”</source>
      <translation>Hernoemen tot “%1”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Rename “%1”</source>
      <translation>“%1” hernoemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_edits.py" />
      <source>Rename “%1” to “%2”</source>
      <translation>“%1” hernoemen tot “%2”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Renamed</source>
      <translation>Hernoemd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Rename…</source>
      <translation>Hernoemen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>Replace the %1 with neutral words</source>
      <translation>Vervang door neutrale woorden: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Replace with &amp;neutral words</source>
      <translation>Vervangen door &amp;neutrale woorden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_hint.py" />
      <source>Replace with neutral words</source>
      <translation>Vervangen door neutrale woorden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>Replace “%1” with the backup of %2? The file as it is now is backed up first, so you can go back to it the same way.</source>
      <translation>“%1” vervangen door de reservekopie van %2? Van het bestand zoals het nu is, wordt eerst een reservekopie gemaakt, zodat je er op dezelfde manier naar terug kunt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Report %1</source>
      <translation>Rapport %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Report &amp;texts…</source>
      <translation>Rapportteksten &amp;bewerken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>Report &amp;year:</source>
      <translation>Rapport&amp;jaar:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>Report texts</source>
      <translation>Rapportteksten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>Reported bac&amp;k to the partners:</source>
      <translation>Teruggekoppeld aan de partners:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Reported by</source>
      <translation>Gemeld door</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>Reported by %1 on %2 · new steps: %3 · corrected: %4 · already in the trajectory: %5 · indicator values: %6</source>
      <translation>Gemeld door %1 op %2 · nieuwe stappen: %3 · verbeterd: %4 · al in het traject: %5 · waarden van indicatoren: %6</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Request</source>
      <translation>Vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>required</source>
      <translation>verplicht</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Respondents</source>
      <translation>Respondenten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Response form saved as %1 (%2 questionnaires filled in).</source>
      <translation>Antwoordformulier bewaard als %1 (%2 vragenlijsten al ingevuld).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Rest&amp;ore</source>
      <translation>Weer in &amp;gebruik nemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Restore &amp;over the current file…</source>
      <translation>Het huidige bestand &amp;vervangen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Restore a &amp;backup…</source>
      <translation>Een reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Restore a backup</source>
      <translation>Een reservekopie terugzetten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Restore into a &amp;new file…</source>
      <translation>Terugzetten in een &amp;nieuw bestand…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>Restore the backup as</source>
      <translation>De reservekopie terugzetten als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_edits.py" />
      <source>Restore the theme “%1”</source>
      <translation>Het thema “%1” weer in gebruik nemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_edits.py" />
      <source>Restore “%1”</source>
      <translation>“%1” weer in gebruik nemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>restored</source>
      <translation>teruggezet</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>Restored the backup of %1.</source>
      <translation>De reservekopie van %1 werd teruggezet.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>Results of fewer respondents than this are never shown separately in charts and reports.</source>
      <translation>Resultaten van minder respondenten dan dit aantal worden nooit afzonderlijk getoond in grafieken en rapporten.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_edits.py" />
      <source>Retire the theme “%1”</source>
      <translation>Het thema “%1” uit gebruik nemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_edits.py" />
      <source>Retire “%1”</source>
      <translation>“%1” uit gebruik nemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Retired</source>
      <translation>Niet meer in gebruik</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Review the drafts</source>
      <translation>Het klad nakijken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Review the drafts (%1)… (%2)</source>
      <translation>Het klad nakijken (%1)… (%2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Review the drafts…</source>
      <translation>Het klad nakijken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Reword the session's summary</source>
      <translation>De samenvatting van de sessie herschrijven</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Reword the summary</source>
      <translation>De samenvatting herschrijven</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Reword the summary…</source>
      <translation>De samenvatting herschrijven…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Risks not clustered</source>
      <translation>Risico’s zonder cluster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Rou&amp;nd:</source>
      <translation>R&amp;onde:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>Round of %1, closed on %2: shown as it was decided, read-only.</source>
      <translation>Ronde %1, afgesloten op %2: getoond zoals beslist, alleen-lezen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>Round of %1, open.</source>
      <translation>Ronde %1, open.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>Round of %1: the file is open read-only.</source>
      <translation>Ronde %1: het bestand is alleen-lezen geopend.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Row</source>
      <translation>Rij</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Row %1, column %2 (%3): %4 “%5”</source>
      <translation>Rij %1, kolom %2 (%3): %4 “%5”</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Row %1: the barrier “%2” is not in this trajectory; the action was imported without that link.</source>
      <translation>Rij %1: de drempel “%2” zit niet in dit traject; de actie is zonder die koppeling geïmporteerd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>running</source>
      <translation>loopt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>S&amp;how:</source>
      <translation>T&amp;onen:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>S&amp;tate:</source>
      <translation>S&amp;tand:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>S&amp;tatus:</source>
      <translation>S&amp;tand:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>S&amp;ubject:</source>
      <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>S&amp;uggestions</source>
      <translation>S&amp;uggesties</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app_dialogs.py" />
      <source>Same as the system</source>
      <translation>Zoals het systeem</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
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
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Save the bundle as</source>
      <translation>De bundel bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Save the chart</source>
      <translation>De grafiek bewaren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Save the chart as</source>
      <translation>De grafiek bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Save the chart as PNG or SVG…</source>
      <translation>De grafiek bewaren als PNG of SVG…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>Save the follow-up form as</source>
      <translation>Het opvolgingsformulier bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Save the letter as</source>
      <translation>De brief bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>Save the minutes as</source>
      <translation>Het verslag bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Save the new trajectory as</source>
      <translation>Het nieuwe traject bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <source>Save the next cycle as</source>
      <translation>De volgende cyclus bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Save the questionnaire as</source>
      <translation>De vragenlijst bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Save the report as</source>
      <translation>Het rapport bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Save the response form as</source>
      <translation>Het antwoordformulier bewaren als</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Say what is done next (the follow-up).</source>
      <translation>Zeg wat er nu gebeurt (de opvolging).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Say when the answer came.</source>
      <translation>Zeg wanneer het antwoord kwam.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Say when the letter was sent.</source>
      <translation>Zeg wanneer de brief verstuurd werd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>say why the action was adjusted or stopped</source>
      <translation>zeg waarom de actie bijgestuurd of gestopt werd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Score = severity × frequency × reach × influence, each to its weight (top %1)</source>
      <translation>Score = ernst × frequentie × bereik × invloed, elk volgens zijn gewicht (top %1)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Scores per B for each group of the partner</source>
      <translation>Scores per B voor elke groep van de partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Scores per theme beside the B's</source>
      <translation>Scores per thema naast de B’s</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/capture_view.py" />
      <source>Scroll down</source>
      <translation>Omlaag scrollen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/capture_view.py" />
      <source>Scroll up</source>
      <translation>Omhoog scrollen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Se&amp;nt on</source>
      <translation>Ver&amp;stuurd op</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Se&amp;verity</source>
      <translation>Er&amp;nst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Se&amp;verity at least:</source>
      <translation>&amp;Ernst minstens:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Se&amp;verity:</source>
      <translation>&amp;Ernst:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_filter.py" />
      <source>Search in the barriers</source>
      <translation>Zoeken in de drempels</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Search in the descriptions</source>
      <translation>Zoeken in de omschrijvingen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Second B:</source>
      <translation>Tweede B:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>See the s&amp;uggestions</source>
      <translation>Bekijk de s&amp;uggesties</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Select &amp;all</source>
      <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>selected</source>
      <translation>gekozen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Sent</source>
      <translation>Verstuurd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>Served on this laptop's address %1, to the devices on its network.</source>
      <translation>Aangeboden op het adres %1 van deze laptop, voor de toestellen op zijn netwerk.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Session</source>
      <translation>Sessie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Set status</source>
      <translation>Stand wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Set the status of the selected signals</source>
      <translation>De stand van de gekozen signalen wijzigen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <location filename="drempelmeter/ui/signal_table.py" />
      <source>Severity</source>
      <translation>Ernst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Show or hide the keys</source>
      <translation>De toetsen tonen of verbergen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Show the &amp;log folder</source>
      <translation>De map met het &amp;logbestand tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Show the presenter</source>
      <translation>Het presentatievenster tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Show the screen again</source>
      <translation>Het scherm weer tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>Show the signals of the selected partner</source>
      <translation>De signalen van de gekozen partner tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Show the table or the board</source>
      <translation>De tabel of het bord tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>Show the table or the chart</source>
      <translation>De tabel of de grafiek tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/partners_page.py" />
      <source>Show their signals</source>
      <translation>Hun signalen tonen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/signal_table.py" />
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Signal</source>
      <translation>Signaal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Signal bundle %1</source>
      <translation>Signalenbundel %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <location filename="drempelmeter/ui/feedback_view.py" />
      <location filename="drempelmeter/ui/signals_page.py" />
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Signals</source>
      <translation>Signalen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Signals %1</source>
      <translation>Signalen %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Signals &amp;in the selected barrier:</source>
      <translation>Signalen &amp;in de gekozen drempel:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Signals and what became of them, as a PDF</source>
      <translation>Signalen en wat ermee gebeurde, als PDF</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>Signals and what became of them, as an Excel workbook</source>
      <translation>Signalen en wat ermee gebeurde, als Excel-werkmap</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Signals not yet in a barrier with the same B and level and alike words. Nothing is bundled until you accept a suggestion.</source>
      <translation>Signalen die nog in geen drempel zitten, met dezelfde B en hetzelfde niveau en gelijkaardige woorden. Er wordt pas iets gebundeld als je een suggestie aanvaardt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Signals of the selected barrier</source>
      <translation>Signalen van de gekozen drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>Signals of this partner</source>
      <translation>Signalen van deze partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Signals per level</source>
      <translation>Signalen per niveau</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Signals per partner and B</source>
      <translation>Signalen per partner en B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Signals that probably belong together</source>
      <translation>Signalen die wellicht samenhoren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Signals: list and charts</source>
      <translation>Signalen: lijst en grafieken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Signal…</source>
      <translation>Signaal…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Since</source>
      <translation>Sinds</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Size</source>
      <translation>Grootte</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/text_size.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Smaller text</source>
      <translation>Kleinere tekst</translation>
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
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Some of these signals are in barriers that a closed round already ranked:</source>
      <translation>Sommige van deze signalen zitten in drempels die een afgesloten ronde al gerangschikt heeft:</translation>
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
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Sounding board</source>
      <translation>Klankgroep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/trajectory_page.py" />
      <source>Sounding board &amp;meets every:</source>
      <translation>Klankgroep komt samen o&amp;m de:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Sounding board (klankgroep) evaluation of an action under way: every %1 months, counted from its last evaluation, or from its start while it has none. Late: past that date. To plan: not evaluated since it started, or the next evaluation is due within the number of days below.</source>
      <translation>Evaluatie van een lopende actie door de klankgroep: om de %1 maanden, geteld vanaf haar laatste evaluatie, of vanaf haar start zolang ze er nog geen had. Te laat: die datum is voorbij. Te plannen: nog niet geëvalueerd sinds de start, of de volgende evaluatie valt binnen het aantal dagen hieronder.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>Sounding board (klankgroep) evaluations:</source>
      <translation>Evaluaties door de klankgroep:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Sounding board's evaluation of an action</source>
      <translation>Evaluatie van een actie door de klankgroep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Sounding board's evaluation…</source>
      <translation>Evaluatie van de klankgroep…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Source</source>
      <translation>Bron</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Source:</source>
      <translation>Bron:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Split off into a new barrier</source>
      <translation>Afsplitsen in een nieuwe drempel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Split off into a new barrier…</source>
      <translation>Afsplitsen in een nieuwe drempel…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_dialog.py" />
      <source>St&amp;atus:</source>
      <translation>St&amp;atus:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>Staff</source>
      <translation>Medewerkers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Stage 1 of 2: risks %1 (typed on the laptop), clusters %2. Space marks a card, K puts the marked cards into a cluster, 2 goes on to what is needed.</source>
      <translation>Stap 1 van 2: risico’s %1 (getypt op de laptop), clusters %2. Spatie duidt een kaart aan, K steekt de aangeduide kaarten in een cluster, 2 gaat verder met wat nodig is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Stage 1: how could it fail?</source>
      <translation>Stap 1: hoe kan het mislukken?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Stage 2 of 2, cluster %1 of %2: %3 — %4</source>
      <translation>Stap 2 van 2, cluster %1 van %2: %3 — %4</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Stage 2: what is needed?</source>
      <translation>Stap 2: wat is er nodig?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Start &amp;workshop mode…</source>
      <translation>&amp;Workshopmodus starten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Start a prioritisation round</source>
      <translation>Een prioriteringsronde starten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>Start a round</source>
      <translation>Een ronde starten</translation>
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
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Start or pause the timer</source>
      <translation>De timer starten of pauzeren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Start the ne&amp;xt cycle…</source>
      <translation>De vol&amp;gende cyclus starten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/next_cycle_dialog.py" />
      <source>Start the next cycle</source>
      <translation>De volgende cyclus starten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_edits.py" />
      <source>Start the round “%1”</source>
      <translation>De ronde “%1” starten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/session_edits.py" />
      <source>Start the session</source>
      <translation>De sessie starten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Start the timer</source>
      <translation>De timer starten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Start wor&amp;kshop mode…</source>
      <translation>Wor&amp;kshopmodus starten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Started: %1 · Finished: %2</source>
      <translation>Gestart: %1 · Afgerond: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/tables.py" />
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>State</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>State of the round</source>
      <translation>Stand van de ronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>State of this phase</source>
      <translation>Stand van deze fase</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <location filename="drempelmeter/ui/due_view.py" />
      <location filename="drempelmeter/ui/feedback_view.py" />
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <location filename="drempelmeter/ui/signal_table.py" />
      <source>Status</source>
      <translation>Stand</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>status</source>
      <translation>stand</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Status of an action</source>
      <translation>Stand van een actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>Steering group's decision:</source>
      <translation>Beslissing van de stuurgroep:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Still open.</source>
      <translation>Nog open.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Subject</source>
      <translation>Onderwerp</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>SVG drawing, sharp at any size (*.svg)</source>
      <translation>SVG-tekening, scherp op elke grootte (*.svg)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Switch to the control window</source>
      <translation>Naar het bedieningsvenster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Take %1 signals out of their barrier</source>
      <translation>%1 signalen uit hun drempel halen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Take a dot away</source>
      <translation>Een stip wegnemen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/moscow_view.py" />
      <source>Take it out of its column</source>
      <translation>Uit de kolom halen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Take out of the barrier</source>
      <translation>Uit de drempel halen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Take out of the cluster</source>
      <translation>Uit de cluster halen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>Take the card off the board</source>
      <translation>De kaart van het bord halen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Take the marked cards out of their cluster</source>
      <translation>De aangeduide kaarten uit hun cluster halen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Tally</source>
      <translation>Telling</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Target</source>
      <translation>Streefwaarde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Target &amp;group:</source>
      <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>Target d&amp;ate:</source>
      <translation>Streefd&amp;atum:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/signal_table.py" />
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Target groups</source>
      <translation>Doelgroepen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Term of the region's vocabularies</source>
      <translation>Term uit de woordenlijsten van de regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Terms</source>
      <translation>Termen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Text (personal data replaced)</source>
      <translation>Tekst (persoonsgegevens vervangen)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/text_size.py" />
      <source>Text at %1 % of its usual size.</source>
      <translation>Tekst op %1 % van de gewone grootte.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/text_size.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Text at its usual size</source>
      <translation>Tekst op de gewone grootte</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Texts that look like personal data</source>
      <translation>Teksten die op persoonsgegevens lijken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>The %1 barriers with the highest score, of %2</source>
      <translation>De %1 drempels met de hoogste score, van %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>The %1 partners with the most signals, of %2; the table lists them all</source>
      <translation>De %1 partners met de meeste signalen, van de %2; de tabel toont ze allemaal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>The action</source>
      <translation>De actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>The action plan has no actions yet: add them on the action plan's page.</source>
      <translation>Het actieplan heeft nog geen acties: voeg ze toe op de pagina van het actieplan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>The action plan, its coverage and follow-up</source>
      <translation>Het actieplan, de dekking en de opvolging</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>The action plan: pillars, goals and actions</source>
      <translation>Het actieplan: pijlers, doelen en acties</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>The action's indicators</source>
      <translation>De indicatoren van de actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>The actions and their follow-up</source>
      <translation>De acties en hun opvolging</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>The actions per owner, as text</source>
      <translation>De acties per trekker, als tekst</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>The address to join</source>
      <translation>Het adres om mee te doen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The agenda</source>
      <translation>De agenda</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The answer</source>
      <translation>Het antwoord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>The answer cannot come before the letter was sent.</source>
      <translation>Het antwoord kan niet komen voor de brief verstuurd werd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>The answers in “%1” belong to the round “%2”, which was closed on %3: its answers can no longer change, so nothing was imported. To record these answers, start a new round and export its form.</source>
      <translation>De antwoorden in “%1” horen bij de ronde “%2”, die op %3 is afgesloten: haar antwoorden kunnen niet meer veranderen, dus er is niets geïmporteerd. Wil je deze antwoorden vastleggen, start dan een nieuwe ronde en exporteer haar formulier.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The B</source>
      <translation>De B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>The backups of:</source>
      <translation>De reservekopieën van:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>The barrier will be marked supra-local: it then weighs less in the local plan's score and goes to the level that decides instead.</source>
      <translation>De drempel wordt als bovenlokaal aangeduid: hij weegt dan minder in de score van het lokale plan en gaat in de plaats daarvan naar het niveau dat erover beslist.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>The barriers of the round by rank</source>
      <translation>De drempels van de ronde volgens hun plaats</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The baseline</source>
      <translation>De nulwaarde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>The baseline against the re-measurement</source>
      <translation>De nulmeting tegenover de hermeting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>The baseline and the target are numbers (or empty).</source>
      <translation>De nulwaarde en de streefwaarde zijn getallen (of leeg).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>The cards</source>
      <translation>De kaarten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>The cards or the chart of the clusters</source>
      <translation>De kaarten of de grafiek van de clusters</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The change could not be written to “%1”: %2. The file keeps its last saved state. Check that the disk is not full and the file is not read-only.</source>
      <translation>De wijziging kon niet bewaard worden in “%1”: %2. Het bestand behoudt de laatst bewaarde toestand. Kijk na of de schijf niet vol is en het bestand niet alleen-lezen is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app.py" />
      <location filename="drempelmeter/ui/main_window.py" />
      <source>The change was not saved</source>
      <translation>De wijziging werd niet bewaard</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>The change was not saved.</source>
      <translation>De wijziging werd niet bewaard.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>The change was not saved: change the text that looks like personal data.</source>
      <translation>De wijziging werd niet bewaard: pas de tekst aan die op persoonsgegevens lijkt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>The chart is on the clipboard: paste it into a slide.</source>
      <translation>De grafiek staat op het klembord: plak ze in een dia.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>The chart is saved as %1.</source>
      <translation>De grafiek is bewaard als %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>The chart is shown.</source>
      <translation>De grafiek wordt getoond.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The cluster's name</source>
      <translation>De naam van de cluster</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>the coach</source>
      <translation>de coach</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the code of the question</source>
      <translation>de code van de vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>The comparison appears when a second measurement round (the re-measurement) is closed.</source>
      <translation>De vergelijking verschijnt wanneer een tweede meetronde (de herhaalmeting) is afgesloten.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The count</source>
      <translation>Het aantal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The date of the answer</source>
      <translation>De datum van het antwoord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The date the letter was sent</source>
      <translation>De datum waarop de brief verstuurd werd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The deadline</source>
      <translation>De deadline</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The description</source>
      <translation>De omschrijving</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The Dutch label</source>
      <translation>De Nederlandse benaming</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The English label</source>
      <translation>De Engelse benaming</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The explanation</source>
      <translation>De uitleg</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the file</source>
      <translation>het bestand</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>The file at %1 holds another trajectory, not the previous cycle: it is not compared with this one. The baseline is kept in this file.</source>
      <translation>Het bestand op %1 bevat een ander traject, niet de vorige cyclus: het wordt niet met dit traject vergeleken. De nulmeting blijft in dit bestand bewaard.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the file cannot be read: %1</source>
      <translation>het bestand kan niet gelezen worden: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>The file holds the lists as they are: nothing to change.</source>
      <translation>Het bestand bevat de lijsten zoals ze nu zijn: er valt niets te veranderen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>The file holds the themes as they are: nothing to change.</source>
      <translation>Het bestand bevat de thema’s zoals ze al zijn: er verandert niets.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the file is empty</source>
      <translation>het bestand is leeg</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the file is larger than %1 KiB; %2 are far smaller</source>
      <translation>het bestand is groter dan %1 KiB; %2 zijn veel kleiner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the file is not saved as UTF-8 (in the text editor: Save as…, encoding UTF-8)</source>
      <translation>het bestand is niet bewaard als UTF-8 (in de teksteditor: Opslaan als…, codering UTF-8)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the file is not valid YAML (%1)</source>
      <translation>het bestand is geen geldige YAML (%1)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the file is of format version %1, newer than this Drempelmeter reads (%2); update Drempelmeter</source>
      <translation>het bestand heeft formaatversie %1, nieuwer dan deze Drempelmeter kan lezen (%2); werk Drempelmeter bij</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the file is read-only</source>
      <translation>het bestand is alleen-lezen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>The file lacks wordings per group that %1 questions have here: importing clears them, and those groups then read the question as it is:</source>
      <translation>Het bestand heeft geen formuleringen per groep voor %1 vragen die ze hier wel hebben: importeren wist ze, en die groepen lezen de vraag dan zoals ze is:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The file “%1” does not exist (any more).</source>
      <translation>Het bestand “%1” bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>The first closed round</source>
      <translation>De eerste afgesloten ronde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The first row of the sheet “Antwoorden” in “%1” misses the heading “Code”, which says which question each row is. The headings belong in row 1, as the form has them: delete a row added above them.</source>
      <translation>In de eerste rij van het blad “Antwoorden” in “%1” ontbreekt de kop “Code”, die zegt over welke vraag elke rij gaat. De koppen horen in rij 1, zoals in het formulier: verwijder een rij die erboven werd toegevoegd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The first row of the sheet “Signalen” in “%1” misses these headings: %2. The headings belong in row 1, as the template has them: delete a row added above them, or type a heading back as it was.</source>
      <translation>In de eerste rij van het blad “Signalen” in “%1” ontbreken deze koppen: %2. De koppen horen in rij 1, zoals in het sjabloon: verwijder een rij die erboven werd toegevoegd, of typ een kop terug zoals hij was.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The gut-feeling poll</source>
      <translation>De buikgevoelpeiling</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>The gut-feeling poll (buikgevoel.yaml in the questionnaires folder) could not be read.</source>
      <translation>De buikgevoelpeiling (buikgevoel.yaml in de map met vragenlijsten) kon niet gelezen worden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>The history of the chosen action</source>
      <translation>Het verloop van de gekozen actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The indicator</source>
      <translation>De indicator</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>The indicator over time</source>
      <translation>Het verloop van de indicator</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the key</source>
      <translation>de sleutel (key)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the key '%1' appears twice (first on line %2)</source>
      <translation>de sleutel “%1” staat twee keer in het bestand (eerst op regel %2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the key '%1' appears twice in %2 (first on line %3)</source>
      <translation>de sleutel “%1” staat twee keer in %2 (eerst op regel %3)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the key '%1' is that of a B or a fixed theme, or holds more than small letters, digits and _</source>
      <translation>de sleutel “%1” is die van een B of van een vast thema, of bevat meer dan kleine letters, cijfers en _</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the key '%1' may hold only small letters, digits and _ (at most %2)</source>
      <translation>de sleutel “%1” mag alleen kleine letters, cijfers en _ bevatten (hoogstens %2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The kind of entry</source>
      <translation>De soort van het punt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>The letter is saved as %1.</source>
      <translation>De brief is bewaard als %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the line 'format:' must say '%1'</source>
      <translation>de regel 'format:' moet “%1” zeggen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>the list of vocabularies</source>
      <translation>de lijst van woordenlijsten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>The lists this trajectory uses, with the region's own words: add a term, rename one, or retire one that is no longer used. A retired term stays on the records that have it; it is no longer offered.</source>
      <translation>De lijsten die dit traject gebruikt, met de eigen woorden van de regio: voeg een term toe, hernoem er een, of neem er een uit gebruik die niet meer dient. Een term die niet meer in gebruik is, blijft staan waar hij al gebruikt werd; hij wordt alleen niet meer aangeboden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The location</source>
      <translation>De plaats</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>The minutes of:</source>
      <translation>Het verslag van:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The note</source>
      <translation>De toelichting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The notes</source>
      <translation>De notities</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The number of questions</source>
      <translation>Het aantal vragen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The objection</source>
      <translation>Het bezwaar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>The objection was not recorded: the round is not open.</source>
      <translation>Het bezwaar werd niet genoteerd: de ronde is niet open.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>The overdue and due-soon actions</source>
      <translation>De te late acties en de naderende deadlines</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The owner</source>
      <translation>De trekker</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The participants</source>
      <translation>De deelnemers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>The partner's signals per B</source>
      <translation>De signalen van de partner per B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>The plan already holds %1 of the pillars, goals and actions in “%2” (the same titles). Replace the plan by the imported one, or add the imported plan after it (the same titles then appear twice)?</source>
      <translation>Het plan bevat al %1 van de pijlers, doelen en acties uit “%2” (dezelfde titels). Vervang je het plan door het geïmporteerde, of voeg je het geïmporteerde plan erachter toe (dezelfde titels staan er dan twee keer)?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>The plan has no actions yet: add them on the page Action plan.</source>
      <translation>Het plan heeft nog geen acties: voeg ze toe op de pagina Actieplan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>The plan has no pillars yet.</source>
      <translation>Het plan heeft nog geen pijlers.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>The question</source>
      <translation>De vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The questions</source>
      <translation>De vragen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The rationale</source>
      <translation>De motivering</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The reason</source>
      <translation>De reden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>The region: %1 against %2</source>
      <translation>De regio: %1 tegenover %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>The region: the baseline against the latest measurement</source>
      <translation>De regio: de nulmeting tegenover de laatste meting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/release_notes.py" />
      <source>The release notes could not be read: %1</source>
      <translation>De versiegeschiedenis kon niet gelezen worden: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>The report for:</source>
      <translation>Het rapport voor:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/report_writer.py" />
      <source>The report was written to %1</source>
      <translation>Het rapport werd geschreven naar %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/report_writer.py" />
      <source>The report “%1” is ready in %2.</source>
      <translation>Het rapport “%1” staat klaar in %2.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/report_writer.py" />
      <source>The report “%1” was not written: the process writing it stopped before it was done, perhaps because the computer ran out of memory. Close other programs and try again.</source>
      <translation>Het rapport “%1” is niet geschreven: het proces dat het schreef, stopte voor het klaar was, misschien omdat de computer geen geheugen meer had. Sluit andere programma's en probeer het opnieuw.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>The risks and needs are in action %1 (Ctrl+Z takes them out).</source>
      <translation>De risico’s en wat nodig is staan in actie %1 (Ctrl+Z haalt ze eruit).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/room_host.py" />
      <source>The room could not be served on %1: %2</source>
      <translation>De zaal kon niet aangeboden worden op %1: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the same action as row %1</source>
      <translation>dezelfde actie als rij %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the same as the first B</source>
      <translation>dezelfde als de eerste B</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the same heading as column %1</source>
      <translation>dezelfde kop als kolom %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the same indicator as row %1</source>
      <translation>dezelfde indicator als rij %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the same number as row %1</source>
      <translation>hetzelfde nummer als rij %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>the same question as row %1</source>
      <translation>dezelfde vraag als rij %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>The score of each barrier in its factors</source>
      <translation>De score van elke drempel in zijn factoren</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>The session is closed and its summary written. Review the drafts, then leave workshop mode (Ctrl+W).</source>
      <translation>De sessie is afgesloten en de samenvatting geschreven. Kijk het klad na en verlaat dan de workshopmodus (Ctrl+W).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>The session's &amp;summary:</source>
      <translation>De &amp;samenvatting van de sessie:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The sheet “Opvolging” in “%1” misses these columns: %2. Use a fresh follow-up form.</source>
      <translation>Op het blad “Opvolging” in “%1” ontbreken deze kolommen: %2. Gebruik een nieuw opvolgingsformulier.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>The sounding board evaluations late or to plan</source>
      <translation>De evaluaties door de klankgroep die te laat of te plannen zijn</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>The sounding board's evaluation</source>
      <translation>De evaluatie van de klankgroep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>The sounding board's evaluations (every %1 months):</source>
      <translation>De evaluaties van de klankgroep (om de %1 maanden):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>The sounding board's evaluations of the action</source>
      <translation>De evaluaties van de actie door de klankgroep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The sounding board's rhythm</source>
      <translation>Het ritme van de klankgroep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The stage of the pre-mortem</source>
      <translation>De stap van de pre-mortem</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The state of the entry</source>
      <translation>De stand van het punt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The steering group's decision</source>
      <translation>De beslissing van de stuurgroep</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The summary</source>
      <translation>De samenvatting</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>The table is shown.</source>
      <translation>De tabel wordt getoond.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The target</source>
      <translation>De streefwaarde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The target date</source>
      <translation>De streefdatum</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>The target lies on the wrong side of the baseline for the chosen direction.</source>
      <translation>De streefwaarde ligt aan de verkeerde kant van de nulwaarde voor de gekozen richting.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The time kept</source>
      <translation>De gebruikte tijd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The trajectory itself was not changed. File ▸ Check for personal data… shows where these texts are.</source>
      <translation>Het traject zelf werd niet gewijzigd. Bestand ▸ Controleren op persoonsgegevens… toont waar deze teksten staan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The unit</source>
      <translation>De eenheid</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>The value</source>
      <translation>De waarde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>The whole region</source>
      <translation>De hele regio</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>The work of this phase: bundle the signals into barriers and prioritise them.</source>
      <translation>Het werk van deze fase: de signalen bundelen tot drempels en die prioriteren.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>The work of this phase: each partner's signals.</source>
      <translation>Het werk van deze fase: de signalen van elke partner.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>The work of this phase: follow the actions up and measure again.</source>
      <translation>Het werk van deze fase: de acties opvolgen en opnieuw meten.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>The work of this phase: the action plan.</source>
      <translation>Het werk van deze fase: het actieplan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>The work of this phase: the questionnaires of the baseline measurement.</source>
      <translation>Het werk van deze fase: de vragenlijsten van de nulmeting.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>The workbook contains macros; they were ignored.</source>
      <translation>De werkmap bevat macro’s; die werden genegeerd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>The year:</source>
      <translation>Het jaar:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>The yearly realisation report per action, as a PDF</source>
      <translation>De jaarlijkse rapportering van de realisaties per actie, als PDF</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>The yearly realisation report per action, as an Excel workbook</source>
      <translation>De jaarlijkse rapportering van de realisaties per actie, als Excel-werkmap</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>The&amp;mes</source>
      <translation>&amp;Thema’s</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1', %2: it seems to hold personal data (%3); replace it with a neutral word</source>
      <translation>thema “%1”, %2: lijkt persoonsgegevens te bevatten (%3); vervang ze door een neutraal woord</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1': %2</source>
      <translation>thema “%1”: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1': a question</source>
      <translation>thema “%1”: een vraag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1': a question holding ': ' must be put in straight quotes: - "Let op: wie hulp vraagt, krijgt ze."</source>
      <translation>thema “%1”: een vraag met ': ' erin moet tussen rechte aanhalingstekens staan: - "Let op: wie hulp vraagt, krijgt ze."</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1': its name is that of another B or theme</source>
      <translation>thema “%1”: de naam is die van een andere B of een ander thema</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1': more than %2 questions</source>
      <translation>thema “%1”: meer dan %2 vragen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1': questions must be a list of questions ('- ...'), at least one</source>
      <translation>thema “%1”: questions moet een lijst van vragen zijn ('- ...'), minstens één</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>theme '%1': the question '%2' appears twice</source>
      <translation>thema “%1”: de vraag “%2” staat er twee keer in</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Themes</source>
      <translation>Thema’s</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Themes %1.yaml</source>
      <translation>Thema’s %1.yaml</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Themes beside the life domains</source>
      <translation>Thema’s naast de levensdomeinen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>Themes file (*.yaml *.yml)</source>
      <translation>Themabestand (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>themes must be a list of themes ('- key: ...')</source>
      <translation>themes moet een lijst van thema’s zijn ('- key: ...')</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>There are no backups of “%1” yet. Drempelmeter makes one when the file is opened (once a day) and before every import, upgrade and restore.</source>
      <translation>Er zijn nog geen reservekopieën van “%1”. Drempelmeter maakt er een bij het openen van het bestand (één keer per dag) en vóór elke import, elke bijwerking naar een nieuwe versie en elke terugzetting.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>There are no backups on this computer.</source>
      <translation>Er zijn geen reservekopieën op deze computer.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/minutes_action.py" />
      <source>There are no workshop sessions yet: minutes are written of a session that was held.</source>
      <translation>Er zijn nog geen workshopsessies: een verslag gaat over een sessie die gehouden werd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>There is no measurement round yet. Start one with “New round…”.</source>
      <translation>Er is nog geen meetronde. Start er een met “Nieuwe ronde…”.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>There is no other round to compare with yet.</source>
      <translation>Er is nog geen andere ronde om mee te vergelijken.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>There is no participant %1.</source>
      <translation>Er is geen deelnemer %1.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/round_dialog.py" />
      <source>These questionnaire files could not be read and are not offered:</source>
      <translation>Deze vragenlijstbestanden konden niet gelezen worden en worden niet aangeboden:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>These rows are imported, but their text looks like personal data. They are left out of reports and masked in exports until you review them:</source>
      <translation>Deze rijen worden geïmporteerd, maar hun tekst lijkt op persoonsgegevens. Ze blijven buiten de rapporten en worden in exports vervangen door neutrale woorden tot je ze nakijkt:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>This action has no indicator yet. New indicator… makes one, starting from the indicator the plan words.</source>
      <translation>Deze actie heeft nog geen indicator. Nieuwe indicator… maakt er een, vertrekkend van de indicator zoals het plan hem omschrijft.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>this action was removed from the plan since the form was made</source>
      <translation>deze actie werd uit het plan verwijderd nadat het formulier gemaakt werd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>this indicator was removed since the form was made</source>
      <translation>deze indicator werd verwijderd nadat het formulier gemaakt werd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>This is cycle %1. It follows “%2”; %3. %4</source>
      <translation>Dit is cyclus %1. Hij volgt op “%2”; %3. %4</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>This item no longer exists; it may have been removed.</source>
      <translation>Dit onderdeel bestaat niet meer; het werd misschien verwijderd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>this line is not indented like the lines of its kind above it: line it up with them, with spaces</source>
      <translation>deze regel springt niet even ver in als de gelijkaardige regels erboven: lijn hem met spaties uit op die regels</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>This looks like personal data: %1. Replace it with a neutral word, or keep it if you are sure it is not.</source>
      <translation>Dit lijkt op persoonsgegevens: %1. Vervang het door een neutraal woord, of behoud het als je zeker bent dat het dat niet is.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>this number belongs to a signal of another partner</source>
      <translation>dit nummer hoort bij een signaal van een andere partner</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>this number belongs to a signal of another trajectory</source>
      <translation>dit nummer hoort bij een signaal van een ander traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>This page has nothing to search in.</source>
      <translation>Op deze pagina valt niets te zoeken.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/app.py" />
      <location filename="drempelmeter/ui/main_window.py" />
      <source>This part cannot be read</source>
      <translation>Dit deel kan niet gelezen worden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>This round asks about no theme beside the B's.</source>
      <translation>Deze ronde vraagt naar geen enkel thema naast de B’s.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>This session has no agenda.</source>
      <translation>Deze sessie heeft geen agenda.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>This session has no agenda: add items in the control window (Attendees and agenda).</source>
      <translation>Deze sessie heeft geen agenda: voeg punten toe in het bedieningsvenster (Aanwezigen en agenda).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>This trajectory already has a plan of %1 actions. The imported plan is added after it, as pillars of its own. Go on?</source>
      <translation>Dit traject heeft al een plan met %1 acties. Het geïmporteerde plan komt erachter, met eigen pijlers. Doorgaan?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop_actions.py" />
      <source>This trajectory is open read-only: a workshop session cannot be recorded in it.</source>
      <translation>Dit traject is alleen-lezen geopend: er kan geen workshopsessie in bewaard worden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>This trajectory was made with an older version and has been upgraded. A backup of the old file was kept: File ▸ Restore a backup… brings it back.</source>
      <translation>Dit traject werd gemaakt met een oudere versie en is bijgewerkt. Er werd een reservekopie van het oude bestand bewaard: Bestand ▸ Een reservekopie terugzetten… haalt het terug.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>This was changed elsewhere since you opened it; your change was not saved, so theirs is kept. Open it again to see the new version.</source>
      <translation>Dit werd elders gewijzigd sinds je het opende; je wijziging is niet bewaard, zodat die van de ander blijft staan. Open het opnieuw om de nieuwe versie te zien.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Tick “%1”</source>
      <translation>“%1” afvinken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>Time</source>
      <translation>Uur</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>time is up</source>
      <translation>de tijd is om</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>Time is up for “%1”.</source>
      <translation>De tijd voor “%1” is om.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <source>Time of the current item: %1</source>
      <translation>Tijd van het huidige punt: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/agenda_view.py" />
      <source>Time of “%1”: %2</source>
      <translation>Tijd van “%1”: %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Title of the action:</source>
      <translation>Titel van de actie:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Title of the goal:</source>
      <translation>Titel van het doel:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>Title of the pillar:</source>
      <translation>Titel van de pijler:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>To</source>
      <translation>Aan</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>To review</source>
      <translation>Na te kijken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_table.py" />
      <source>To review · %1</source>
      <translation>Na te kijken · %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>today</source>
      <translation>vandaag</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>too long</source>
      <translation>te lang</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Total</source>
      <translation>Totaal</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <location filename="drempelmeter/ui/workspace.py" />
      <source>Trajectory</source>
      <translation>Traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Trajectory &amp;details</source>
      <translation>Gegevens van het &amp;traject</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_actions.py" />
      <source>Trajectory damaged</source>
      <translation>Traject beschadigd</translation>
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
      <source>Trajectory taken over</source>
      <translation>Traject overgenomen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/main_window.py" />
      <source>Trajectory upgraded</source>
      <translation>Traject bijgewerkt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_actions.py" />
      <source>Trekker: %1</source>
      <translation>Trekker: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Turn each draft into a signal, a barrier or a point of an action, or discard it, with its key. Each choice can be undone (Ctrl+Z).</source>
      <translation>Maak van elk klad een signaal, een drempel of een punt van een actie, of schrap het, met de toets ervan. Elke keuze kun je ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/tables.py" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/measurement_page.py" />
      <source>Type 1 to 5, w for “weet niet” or n for “niet van toepassing”; the next question follows. Enter or the arrow keys move on, Delete clears an answer. Typing in the last row (+) adds a questionnaire.</source>
      <translation>Typ 1 tot 5, w voor “weet niet” of n voor “niet van toepassing”; de volgende vraag volgt vanzelf. Enter of de pijltjestoetsen gaan verder, Delete wist een antwoord. Wie in de laatste rij (+) typt, voegt een vragenlijst toe.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/points_editor.py" />
      <source>Type a point and press Enter</source>
      <translation>Typ een punt en druk op Enter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_dialogs.py" />
      <source>Type a value</source>
      <translation>Een waarde invullen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Type a value…</source>
      <translation>Een waarde invullen…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Type impact and effort from 1 (low) to 5 (high).</source>
      <translation>Typ impact en inspanning van 1 (laag) tot 5 (hoog).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/entry_grid.py" />
      <source>Type in this row to add a questionnaire</source>
      <translation>Typ in deze rij om een vragenlijst toe te voegen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Type m (must), s (should), c (could) or w (won't).</source>
      <translation>Typ m (must: moet), s (should: zou moeten), c (could: kan) of w (won't: nu niet).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/poll_view.py" />
      <source>Type the count</source>
      <translation>Het aantal typen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Type the risks the room names on the laptop: each becomes a card here.</source>
      <translation>Typ de risico’s die de zaal noemt op de laptop: elk wordt hier een kaart.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Type what the room says is needed on the laptop: each becomes a card of the cluster shown.</source>
      <translation>Typ op de laptop wat volgens de zaal nodig is: elk wordt een kaart van de getoonde cluster.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Type what the room says; Enter adds it as a draft</source>
      <translation>Typ wat de zaal zegt; Enter voegt het toe als klad</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <location filename="drempelmeter/ui/workshop/presenter.py" />
      <location filename="drempelmeter/ui/workshop/review_dialog.py" />
      <source>Undo</source>
      <translation>Ongedaan maken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/yaml_messages.py" />
      <source>unknown name '%1' in %2; allowed: %3</source>
      <translation>onbekende naam “%1” in %2; toegestaan: %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>unknown value %1</source>
      <translation>onbekende waarde %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/edits.py" />
      <source>Untick “%1”</source>
      <translation>“%1” niet meer afvinken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/moscow_view.py" />
      <source>Up and Down choose a barrier; M, S, C or W puts it in a column.</source>
      <translation>Pijl omhoog en omlaag kiezen een drempel; M, S, C of W zet ze in een kolom.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/action_editor.py" />
      <source>Valida&amp;ted on:</source>
      <translation>Gevalideerd op:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/indicator_view.py" />
      <source>Value</source>
      <translation>Waarde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/import_report.py" />
      <source>Value found</source>
      <translation>Gevonden waarde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Value of an indicator</source>
      <translation>Waarde van een indicator</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Vocabularies</source>
      <translation>Woordenlijsten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Vocabularies %1.yaml</source>
      <translation>Woordenlijsten %1.yaml</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>Vocabulary file (*.yaml *.yml)</source>
      <translation>Woordenlijstbestand (*.yaml *.yml)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barriers_page.py" />
      <source>Weights of the score (severity × frequency × reach × influence):</source>
      <translation>Gewichten van de score (ernst × frequentie × bereik × invloed):</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Weights: severity %1, frequency %2, reach %3.</source>
      <translation>Gewichten: ernst %1, frequentie %2, bereik %3.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/welcome.py" />
      <source>Welcome to Drempelmeter</source>
      <translation>Welkom bij Drempelmeter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>What changes after %1 for action %2</source>
      <translation>Wat er na %1 verandert voor actie %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>What changes ne&amp;xt year:</source>
      <translation>Wat verandert er vol&amp;gend jaar:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>What changes next year for an action</source>
      <translation>Wat er volgend jaar verandert voor een actie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>What each barrier is given: type a number or a letter</source>
      <translation>Wat elke drempel krijgt: typ een cijfer of een letter</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/chart_slide.py" />
      <source>What happened to the chart</source>
      <translation>Wat er met de grafiek gebeurde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>What it needs to succeed</source>
      <translation>Wat er nodig is om te slagen</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/personal_data_dialog.py" />
      <source>What looks like personal data</source>
      <translation>Wat op persoonsgegevens lijkt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>What produced it</source>
      <translation>Waarop het steunt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>What the entry became</source>
      <translation>Wat het punt werd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>What the idea looks like</source>
      <translation>Hoe het idee er concreet uitziet</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/followup_import.py" />
      <source>What the import changes</source>
      <translation>Wat de import verandert</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>What the last key did</source>
      <translation>Wat de laatste toets deed</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/round_activity.py" />
      <source>What the last key did not do, or waits for</source>
      <translation>Wat de laatste toets niet deed, of waarop ze wacht</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/plan_page.py" />
      <source>What the plan does not cover yet</source>
      <translation>Wat het plan nog niet dekt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>What the room says</source>
      <translation>Wat de zaal zegt</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>What this phase records: %1</source>
      <translation>Wat deze fase vastlegt: %1</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>What was reported back</source>
      <translation>Wat werd teruggekoppeld</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>What was said in the discussion before the count?</source>
      <translation>Wat werd er gezegd in het gesprek voor de telling?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/capture_view.py" />
      <source>What we heard</source>
      <translation>Wat we hoorden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>What you write here is printed in the regional report: the key findings first, and each chapter's interpretation under its title.</source>
      <translation>Wat je hier schrijft, komt in het regionale rapport: eerst de kernbevindingen, en de duiding van elk hoofdstuk onder zijn titel.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/due_view.py" />
      <source>When</source>
      <translation>Wanneer</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/backup_dialog.py" />
      <source>When the file was opened</source>
      <translation>Bij het openen van het bestand</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/cycle_view.py" />
      <source>Where from, and its history there</source>
      <translation>Vanwaar, en het verloop daar</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Where the coach is</source>
      <translation>Waar de coach is</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Which action?</source>
      <translation>Welke actie?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Who objects to the place of “%1”, and why? (Leave empty to take it away.)</source>
      <translation>Wie maakt bezwaar tegen de plaats van “%1”, en waarom? (Leeg laten om het weg te halen.)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>Who reported it</source>
      <translation>Wie het meldde</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Who takes part: the partners, and the people of the steering group, the working group and the sounding board.</source>
      <translation>Wie doet mee: de partners, en de mensen van de stuurgroep, de werkgroep en de klankgroep.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Whose dots are entered</source>
      <translation>Wiens stippen ingegeven worden</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_list_model.py" />
      <location filename="drempelmeter/ui/feedback_view.py" />
      <source>Why</source>
      <translation>Waarom</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>Why did the barriers come out in this order? (Recorded with the round.)</source>
      <translation>Waarom kwamen de drempels in deze volgorde uit? (Wordt bij de ronde bewaard.)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/record_dialogs.py" />
      <source>Why it was not saved</source>
      <translation>Waarom het niet bewaard werd</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/dots_view.py" />
      <source>Why this barrier matters more (or less) than its dots say; no client names</source>
      <translation>Waarom deze drempel meer (of minder) telt dan de stippen zeggen; geen namen van cliënten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/notice_bar.py" />
      <source>Why this trajectory is read-only</source>
      <translation>Waarom dit traject alleen-lezen is</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Wording for clients</source>
      <translation>Formulering voor cliënten</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Wording for management</source>
      <translation>Formulering voor het management</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Wording for staff</source>
      <translation>Formulering voor medewerkers</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signals_page.py" />
      <source>Words in the description</source>
      <translation>Woorden in de omschrijving</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_filter.py" />
      <source>Words in the title, description, B or partners</source>
      <translation>Woorden in de titel, beschrijving, B of partners</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/prompts.py" />
      <source>Workbook (*.xlsx *.xlsm *.ods *.xls)</source>
      <translation>Werkmap (*.xlsx *.xlsm *.ods *.xls)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/signal_dialog.py" />
      <source>Working principle:</source>
      <translation>Werkingsprincipe:</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/control_panel.py" />
      <source>Workshop control — %1 — %2</source>
      <translation>Workshopbediening — %1 — %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop_actions.py" />
      <source>Workshop mode</source>
      <translation>Workshopmodus</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/privacy_check.py" />
      <source>Workshop session</source>
      <translation>Sessie</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/phase_page.py" />
      <source>Workshop sessions</source>
      <translation>Sessies</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/controller.py" />
      <source>Workshop — %1 — %2</source>
      <translation>Workshop — %1 — %2</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/menus.py" />
      <source>Write a &amp;report…</source>
      <translation>Een rapport &amp;maken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <location filename="drempelmeter/ui/report_writer.py" />
      <location filename="drempelmeter/ui/steering_texts.py" />
      <source>Write a report</source>
      <translation>Een rapport maken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Write down what the region asks before the letter is sent.</source>
      <translation>Schrijf op wat de regio vraagt voor de brief verstuurd wordt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Write down what was answered.</source>
      <translation>Schrijf op wat er geantwoord werd.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/policy_dialog.py" />
      <source>Write the letter as &amp;PDF…</source>
      <translation>De brief als &amp;PDF maken…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Write the risks and needs into the action</source>
      <translation>De risico’s en wat nodig is in de actie schrijven</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/barrier_edits.py" />
      <source>Write the round's discussion note</source>
      <translation>De gespreksnotitie van de ronde schrijven</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Write what could go wrong or is needed, never who: no names of clients, staff or partners' people.</source>
      <translation>Schrijf wat kan mislopen of nodig is, nooit wie: geen namen van cliënten, medewerkers of mensen van partners.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/report_writer.py" />
      <source>Writing “%1”…</source>
      <translation>“%1” wordt geschreven…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/premortem_view.py" />
      <source>Written in the room, for your review</source>
      <translation>Geschreven in de zaal, om na te kijken</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>“%1” (%2)</source>
      <translation>“%1” (%2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/vocabulary_dialog.py" />
      <source>“%1” adds %2 terms, changes %3 and takes away %4 that no record uses. Import it? (A backup of the trajectory is made first.)</source>
      <translation>“%1” voegt %2 termen toe, wijzigt er %3 en haalt er %4 weg die nergens gebruikt worden. Importeren? (Er wordt eerst een reservekopie van het traject gemaakt.)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/theme_dialog.py" />
      <source>“%1” adds %2 themes and changes %3. Import it? (A backup of the trajectory is made first.)</source>
      <translation>“%1” voegt %2 thema’s toe en wijzigt er %3. Importeren? (Er wordt eerst een reservekopie van het traject gemaakt.)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” can only be read: %2.</source>
      <translation>“%1” kan alleen gelezen worden: %2.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” cannot be opened for editing: “%2” beside it should be a small lock file but is not. Remove it if no one has the trajectory open.</source>
      <translation>“%1” kan niet geopend worden om te bewerken: “%2” ernaast zou een klein vergrendelingsbestand moeten zijn, maar is dat niet. Verwijder het als niemand het traject open heeft.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” cannot be opened: %2.</source>
      <translation>“%1” kan niet geopend worden: %2.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” cannot be read: it is open in another program (%2). Close it there and try again.</source>
      <translation>“%1” kan niet gelezen worden: het is geopend in een ander programma (%2). Sluit het daar en probeer opnieuw.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” could not be upgraded to this version; the file was left as it was. (%2)</source>
      <translation>“%1” kon niet bijgewerkt worden naar deze versie; het bestand bleef zoals het was. (%2)</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” could not be written (%2).</source>
      <translation>“%1” kon niet bewaard worden (%2).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” could not be written: it is open in another program. Close it there and try again.</source>
      <translation>“%1” kon niet bewaard worden: het is geopend in een ander programma. Sluit het daar en probeer opnieuw.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” could not be written: the disk is full.</source>
      <translation>“%1” kon niet bewaard worden: de schijf is vol.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” could not be written: you may not write in that folder.</source>
      <translation>“%1” kon niet bewaard worden: je mag niet schrijven in die map.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” does not exist (any more).</source>
      <translation>“%1” bestaat niet (meer).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” has more than %2 signals; that is not a bundle of one partner. Split it up, or check the file.</source>
      <translation>“%1” bevat meer dan %2 signalen; dat is geen bundel van één partner. Splits het op, of kijk het bestand na.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” has no sheet named “Antwoorden”. The sheets found: %2. Use a fresh response form.</source>
      <translation>“%1” heeft geen blad “Antwoorden”. Gevonden bladen: %2. Gebruik een nieuw antwoordformulier.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” has no sheet named “Opvolging”. The sheets found: %2. Rename the sheet back, or use a fresh follow-up form.</source>
      <translation>“%1” heeft geen blad met de naam “Opvolging”. Gevonden bladen: %2. Geef het blad zijn naam terug, of gebruik een nieuw opvolgingsformulier.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” has no sheet named “Signalen”. The sheets found: %2. Rename the sheet back, or use a fresh bundle.</source>
      <translation>“%1” heeft geen blad met de naam “Signalen”. Gevonden bladen: %2. Geef het blad zijn naam terug, of gebruik een nieuwe bundel.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” has no sheet with the columns Pijler, Doel and Actie in its first rows. The sheets found: %2.</source>
      <translation>“%1” heeft geen blad met de kolommen Pijler, Doel en Actie in de eerste rijen. Gevonden bladen: %2.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is a database of another program, not a Drempelmeter trajectory.</source>
      <translation>“%1” is een databank van een ander programma, geen Drempelmeter-traject.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is a text file (such as a CSV), not a workbook. Open it in Excel or LibreOffice and save it as a workbook (.xlsx).</source>
      <translation>“%1” is een tekstbestand (zoals een CSV), geen werkmap. Open het in Excel of LibreOffice en bewaar het als werkmap (.xlsx).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workshop/board_view.py" />
      <source>“%1” is at the edge of the board.</source>
      <translation>“%1” staat aan de rand van het bord.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is damaged (%2). It can only be opened read-only, so nothing more is written to it. Restore a backup with File ▸ Restore a backup…</source>
      <translation>“%1” is beschadigd (%2). Het kan alleen nog alleen-lezen geopend worden, zodat er niets meer in geschreven wordt. Zet een reservekopie terug met Bestand ▸ Een reservekopie terugzetten…</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is damaged and cannot be read (%2).</source>
      <translation>“%1” is beschadigd en kan niet gelezen worden (%2).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is empty (0 bytes): it was not saved whole. Save it again, or ask the sender for a new copy.</source>
      <translation>“%1” is leeg (0 bytes): het werd niet volledig bewaard. Bewaar het opnieuw, of vraag de afzender om een nieuw exemplaar.</translation>
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
      <source>“%1” is not a follow-up form made by Drempelmeter. Export a follow-up form for the trekker or partner (File ▸ Export a follow-up form) and fill that one.</source>
      <translation>“%1” is geen opvolgingsformulier van Drempelmeter. Exporteer een opvolgingsformulier voor de trekker of de partner (Bestand ▸ Een opvolgingsformulier exporteren) en vul dat in.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is not a response form made by Drempelmeter. Make a form for the partner and group, and fill that one.</source>
      <translation>“%1” is geen antwoordformulier van Drempelmeter. Maak een formulier voor de partner en de groep, en vul dat in.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is not a signal bundle made by Drempelmeter. Export a bundle for the partner and fill that one.</source>
      <translation>“%1” is geen signalenbundel van Drempelmeter. Exporteer een bundel voor de partner en vul die in.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is not an Excel workbook (.xlsx).</source>
      <translation>“%1” is geen Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is open in Drempelmeter by %2 on computer %3 since %4.</source>
      <translation>“%1” is geopend in Drempelmeter door %2 op computer %3 sinds %4.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is protected with a password. Remove the password (save a copy without it) and import that copy.</source>
      <translation>“%1” is beveiligd met een wachtwoord. Verwijder het wachtwoord (bewaar een kopie zonder) en importeer die kopie.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <source>“%1” is still open in Excel or LibreOffice (its lock file “%2” is beside it): what was typed there since it was last saved is not in the file. Import it as it was last saved?</source>
      <translation>“%1” is nog open in Excel of LibreOffice (het vergrendelingsbestand “%2” staat ernaast): wat daar getypt werd sinds het laatst bewaard werd, staat niet in het bestand. Importeren zoals het laatst bewaard werd?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is the lock file Excel or LibreOffice keeps while a workbook is open, not the workbook itself. Close “%2” and import that file.</source>
      <translation>“%1” is het vergrendelingsbestand dat Excel of LibreOffice bijhoudt zolang een werkmap open is, niet de werkmap zelf. Sluit “%2” en importeer dat bestand.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” is too large for a Drempelmeter workbook (%2).</source>
      <translation>“%1” is te groot voor een werkmap van Drempelmeter (%2).</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was interrupted while it was being written (a crash, or a stick pulled out), and it lies where it cannot be written, so it cannot be recovered there. Copy it together with “%2” to a folder you can write in and open it there. Do not delete “%2”: it holds what is needed to recover the file.</source>
      <translation>Het schrijven naar “%1” werd onderbroken (een crash, of een stick die uitgetrokken werd), en het staat op een plaats waar niet geschreven kan worden, dus het kan daar niet hersteld worden. Kopieer het samen met “%2” naar een map waarin je kunt schrijven en open het daar. Verwijder “%2” niet: het bevat wat nodig is om het bestand te herstellen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was made by a newer version of Drempelmeter (form version %2). Update Drempelmeter to import it.</source>
      <translation>“%1” werd gemaakt met een nieuwere versie van Drempelmeter (formulierversie %2). Werk Drempelmeter bij om het te importeren.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/workbook_import.py" />
      <source>“%1” was made for %2 (“%3”). Import it into this trajectory anyway?</source>
      <translation>“%1” werd gemaakt voor %2 (“%3”). Toch in dit traject importeren?</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was made for another trajectory (%2). Open that trajectory to import it.</source>
      <translation>“%1” werd gemaakt voor een ander traject (%2). Open dat traject om het te importeren.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was made with Drempelmeter %2. Install that version or a newer one to open it.</source>
      <translation>“%1” werd gemaakt met Drempelmeter %2. Installeer die versie of een nieuwere om het te openen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was refused because it is built in an unsafe way (%2). Ask the sender for a new copy of the file.</source>
      <translation>“%1” werd geweigerd omdat het bestand op een onveilige manier opgebouwd is (%2). Vraag de afzender om een nieuw exemplaar.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%1” was taken over by %2. It is read-only here from now on: nothing more is written, so no change of theirs is overwritten.</source>
      <translation>“%1” werd overgenomen door %2. Het is hier vanaf nu alleen-lezen: er wordt niets meer geschreven, zodat geen enkele wijziging van hen overschreven wordt.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/priority_rounds_view.py" />
      <source>“%1”, rank %2 in the round of %3</source>
      <translation>“%1”, plaats %2 in de ronde van %3</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%2” is closed: its responses can no longer change.</source>
      <translation>“%2” is afgesloten: de antwoorden kunnen niet meer veranderen.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/messages.py" />
      <source>“%2” still has signals or questionnaire responses, which would be lost with it.</source>
      <translation>“%2” heeft nog signalen of antwoorden op vragenlijsten, die dan verloren zouden gaan.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/score_views.py" />
      <source>“hidden”: %1 cells where fewer than %2 people gave a score from 1 to 5, and %3 cells that would let a reader work those out from the totals shown. “—”: no answers.</source>
      <translation>“verborgen”: %1 cellen waar minder dan %2 mensen een score van 1 tot 5 gaven, en %3 cellen die een lezer die anders uit de getoonde totalen zouden laten uitrekenen. “—”: geen antwoorden.</translation>
    </message>
    <message>
      <location filename="drempelmeter/ui/exchange_actions.py" />
      <location filename="drempelmeter/ui/followup_import.py" />
      <location filename="drempelmeter/ui/import_report.py" />
      <location filename="drempelmeter/ui/messages.py" />
      <source>… and %1 more.</source>
      <translation>… en nog %1.</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>SellerPulse</source>
        <translation>SellerPulse</translation>
    </message>
</context>
<context>
    <name>sp::AboutDialog</name>
    <message>
        <source>About SellerPulse</source>
        <translation>Über SellerPulse</translation>
    </message>
    <message>
        <source>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Profit and sales analytics for Amazon sellers.</source>
        <translation>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Gewinn- und Umsatzanalysen für Amazon-Verkäufer.</translation>
    </message>
    <message>
        <source>Report a security issue to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we acknowledge reports within two business days. Please do not disclose an issue publicly before we have had time to fix it.</source>
        <translation>Melden Sie ein Sicherheitsproblem an &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; wir bestätigen Meldungen innerhalb von zwei Werktagen. Bitte veröffentlichen Sie ein Problem nicht, bevor wir Zeit hatten, es zu beheben.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbieter-Software</translation>
    </message>
</context>
<context>
    <name>sp::AccountCache</name>
    <message>
        <source>Sign in to open this computer&apos;s copy of your data.</source>
        <translation>Melden Sie sich an, um die Kopie Ihrer Daten auf diesem Computer zu öffnen.</translation>
    </message>
    <message>
        <source>The keychain is not available; the offline cache cannot be opened.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar; die Offline-Daten können nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The key of the offline cache is missing from the keychain, which is unlocked. You can reset the cache and download your data again.</source>
        <translation>Der Schlüssel des Offline-Caches fehlt im Schlüsselbund, der entsperrt ist. Sie können den Cache zurücksetzen und Ihre Daten erneut herunterladen.</translation>
    </message>
    <message>
        <source>The keychain did not give the key of the offline cache (%1). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Schlüssel der Offline-Daten nicht herausgegeben (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>Die Offline-Kopie auf diesem Computer ist beschädigt. Setzen Sie sie zurück, um Ihre Daten erneut herunterzuladen; die beschädigte Datei wird dann für den Support aufbewahrt.</translation>
    </message>
    <message>
        <source>The offline copy is not open, so it cannot be checked now.</source>
        <translation>Die Offline-Kopie ist nicht geöffnet, daher kann sie jetzt nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The offline copy could not be checked: %1</source>
        <translation>Die Offline-Kopie konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The offline copy is damaged.</source>
        <translation>Die Offline-Kopie ist beschädigt.</translation>
    </message>
    <message>
        <source>The offline copy was checked: no damage was found.</source>
        <translation>Die Offline-Kopie wurde geprüft: Es wurde keine Beschädigung gefunden.</translation>
    </message>
    <message>
        <source>The offline copy was not reset, and nothing was deleted: %1</source>
        <translation>Die Offline-Kopie wurde nicht zurückgesetzt, und es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>No local data was found for this account.</source>
        <translation>Für dieses Konto wurden keine lokalen Daten gefunden.</translation>
    </message>
    <message>
        <source>The cache key was deleted from the keychain.</source>
        <translation>Der Schlüssel des Caches wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>The cache key could not be deleted from the keychain (%1).</source>
        <translation>Der Schlüssel des Caches konnte nicht aus dem Schlüsselbund gelöscht werden (%1).</translation>
    </message>
    <message>
        <source>No cache files were on this computer.</source>
        <translation>Auf diesem Computer waren keine Cache-Dateien vorhanden.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
    <message>
        <source>Some files could not be deleted from %1.</source>
        <translation>Einige Dateien in %1 konnten nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>sp::AccountDeletion</name>
    <message>
        <source>Your SellerPulse account will be closed now: every device is signed out at once, and SellerPulse stops using your Amazon connection. Your data on SellerPulse&apos;s servers is deleted within 30 days, except what the law requires us to keep (for example tax records). On this computer, the downloaded data of the account and its encryption key are removed right away. This cannot be undone; download your data first if you want a copy.</source>
        <translation>Ihr SellerPulse-Konto wird jetzt geschlossen: Alle Geräte werden sofort abgemeldet, und SellerPulse verwendet Ihre Amazon-Verbindung nicht mehr. Ihre Daten auf den Servern von SellerPulse werden innerhalb von 30 Tagen gelöscht, außer dem, was wir gesetzlich aufbewahren müssen (zum Beispiel Steuerunterlagen). Auf diesem Computer werden die heruntergeladenen Daten des Kontos und ihr Schlüssel sofort entfernt. Dies kann nicht rückgängig gemacht werden; laden Sie Ihre Daten vorher herunter, wenn Sie eine Kopie möchten.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Bitte geben Sie zur Bestätigung Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was deleted.</source>
        <translation>Das Passwort ist nicht korrekt. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation>Das Konto wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>No downloaded data was open on this computer.</source>
        <translation>Auf diesem Computer waren keine heruntergeladenen Daten geöffnet.</translation>
    </message>
    <message>
        <source>The session ended before this computer&apos;s copy of the data could be removed; it stays encrypted on disk.</source>
        <translation>Die Sitzung endete, bevor die Kopie der Daten auf diesem Computer entfernt werden konnte; sie bleibt verschlüsselt auf dem Datenträger.</translation>
    </message>
</context>
<context>
    <name>sp::AccountExportClient</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server could not prepare the export. Please try again later.</source>
        <translation>Der Server konnte den Export nicht vorbereiten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server did not say the export&apos;s checksum; it cannot be verified.</source>
        <translation>Der Server hat die Prüfsumme des Exports nicht genannt; er kann nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The download was interrupted. No file was saved; please download it again.</source>
        <translation>Der Download wurde unterbrochen. Es wurde keine Datei gespeichert; bitte laden Sie sie erneut herunter.</translation>
    </message>
</context>
<context>
    <name>sp::AccountMapping</name>
    <message>
        <source>The account for %1 is missing.</source>
        <translation>Das Konto für %1 fehlt.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; for %2 is not an account number.</source>
        <translation>Das Konto „%1“ für %2 ist keine Kontonummer.</translation>
    </message>
    <message>
        <source>the payout (bank)</source>
        <translation>die Auszahlung (Bank)</translation>
    </message>
    <message>
        <source>Amazon (clearing account)</source>
        <translation>Amazon (Verrechnungskonto)</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>Vorsteuer</translation>
    </message>
    <message>
        <source>Unknown chart of accounts &quot;%1&quot; (SKR03 or SKR04).</source>
        <translation>Unbekannter Kontenrahmen „%1“ (SKR03 oder SKR04).</translation>
    </message>
    <message>
        <source>The account for %1 is not text.</source>
        <translation>Das Konto für %1 ist kein Text.</translation>
    </message>
    <message>
        <source>Unknown kind of payout line &quot;%1&quot;.</source>
        <translation>Unbekannte Art von Auszahlungsposten „%1“.</translation>
    </message>
</context>
<context>
    <name>sp::AccountantFilesBar</name>
    <message>
        <source>&amp;DATEV file...</source>
        <translation>&amp;DATEV-Datei ...</translation>
    </message>
    <message>
        <source>&amp;Journal CSV...</source>
        <translation>&amp;Journal-CSV ...</translation>
    </message>
    <message>
        <source>Accou&amp;nts...</source>
        <translation>&amp;Konten ...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Save the payout as a DATEV file</source>
        <translation>Die Auszahlung als DATEV-Datei speichern</translation>
    </message>
    <message>
        <source>Save the payout as a journal CSV for Xero or QuickBooks</source>
        <translation>Die Auszahlung als Journal-CSV für Xero oder QuickBooks speichern</translation>
    </message>
    <message>
        <source>Set up the accounts of the accountant&apos;s files</source>
        <translation>Die Konten der Dateien für die Buchhaltung einrichten</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Die gespeicherte Datei öffnen</translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation>Die gespeicherte Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>For your accountant:</source>
        <translation>Für Ihre Buchhaltung:</translation>
    </message>
    <message>
        <source>Select a payout first.</source>
        <translation>Wählen Sie zuerst eine Auszahlung.</translation>
    </message>
    <message>
        <source>The period is still open: book it once it has closed.</source>
        <translation>Der Zeitraum ist noch offen: Buchen Sie ihn, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Its events do not add up to the payout yet: sync first.</source>
        <translation>Ihre Buchungen ergeben noch nicht die Auszahlung: Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>DATEV books in %1: save the journal CSV for a payout in %2.</source>
        <translation>DATEV bucht in %1: Speichern Sie für eine Auszahlung in %2 das Journal-CSV.</translation>
    </message>
    <message>
        <source>Save the file for your accountant</source>
        <translation>Datei für Ihre Buchhaltung speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>sp::AccountantSetupDialog</name>
    <message>
        <source>Files for your accountant</source>
        <translation>Dateien für Ihre Buchhaltung</translation>
    </message>
    <message>
        <source>SKR03</source>
        <translation>SKR03</translation>
    </message>
    <message>
        <source>SKR04</source>
        <translation>SKR04</translation>
    </message>
    <message>
        <source>The account the payouts are booked to on their way to the bank (Geldtransit).</source>
        <translation>Das Konto, auf das die Auszahlungen auf dem Weg zur Bank gebucht werden (Geldtransit).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Amazon charges VAT on its fees in the EU and the UK (19 % from Amazon EU for a German seller). With a rate, fees are shown net and gross and booked with their input VAT.</source>
        <translation>Amazon berechnet in der EU und im Vereinigten Königreich Umsatzsteuer auf seine Gebühren (19 % von Amazon EU für deutsche Verkäufer). Mit einem Satz werden Gebühren netto und brutto gezeigt und mit ihrer Vorsteuer gebucht.</translation>
    </message>
    <message>
        <source>&amp;Chart of accounts:</source>
        <translation>&amp;Kontenrahmen:</translation>
    </message>
    <message>
        <source>&amp;Bank side of payouts:</source>
        <translation>&amp;Bankseite der Auszahlungen:</translation>
    </message>
    <message>
        <source>&amp;Tax adviser number (DATEV):</source>
        <translation>&amp;Beraternummer (DATEV):</translation>
    </message>
    <message>
        <source>C&amp;lient number (DATEV):</source>
        <translation>&amp;Mandantennummer (DATEV):</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>&amp;Wirtschaftsjahr beginnt im:</translation>
    </message>
    <message>
        <source>&amp;VAT on Amazon fees:</source>
        <translation>&amp;USt. auf Amazon-Gebühren:</translation>
    </message>
    <message>
        <source>Every other account follows the chart&apos;s standard accounts. Ask your tax adviser before the first import.</source>
        <translation>Alle anderen Konten folgen den Standardkonten des Kontenrahmens. Fragen Sie vor dem ersten Import Ihre Steuerberatung.</translation>
    </message>
</context>
<context>
    <name>sp::AlertNotifier</name>
    <message>
        <source>and %1 more: see Alerts in SellerPulse.</source>
        <translation>und %1 weitere: siehe Hinweise in SellerPulse.</translation>
    </message>
    <message>
        <source>SellerPulse: %1 new alerts</source>
        <translation>SellerPulse: %1 neue Hinweise</translation>
    </message>
</context>
<context>
    <name>sp::AlertText</name>
    <message>
        <source>Stock runs out</source>
        <translation>Bestand geht aus</translation>
    </message>
    <message>
        <source>Margin dropped</source>
        <translation>Marge gesunken</translation>
    </message>
    <message>
        <source>Many refunds</source>
        <translation>Viele Erstattungen</translation>
    </message>
    <message>
        <source>Sync failing</source>
        <translation>Synchronisierung schlägt fehl</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Amazon-Verbindung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>SellerPulse: stock runs out soon</source>
        <translation>SellerPulse: Bestand geht bald aus</translation>
    </message>
    <message>
        <source>SellerPulse: a margin dropped</source>
        <translation>SellerPulse: eine Marge ist gesunken</translation>
    </message>
    <message>
        <source>SellerPulse: many refunds</source>
        <translation>SellerPulse: viele Erstattungen</translation>
    </message>
    <message>
        <source>SellerPulse: the sync keeps failing</source>
        <translation>SellerPulse: die Synchronisierung schlägt weiter fehl</translation>
    </message>
    <message>
        <source>SellerPulse: check your Amazon connection</source>
        <translation>SellerPulse: prüfen Sie Ihre Amazon-Verbindung</translation>
    </message>
    <message>
        <source>%1 is out of stock in %2 (about %3 sold a day over the last 30 days).</source>
        <translation>%1 ist in %2 ausverkauft (etwa %3 verkauft pro Tag in den letzten 30 Tagen).</translation>
    </message>
    <message>
        <source>%1 in %2 runs out within about a day: %3 in stock, about %4 sold a day over the last 30 days.</source>
        <translation>%1 in %2 geht in etwa einem Tag aus: %3 auf Lager, etwa %4 verkauft pro Tag in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>%1 in %2 runs out in about %3 days: %4 in stock, about %5 sold a day over the last 30 days.</source>
        <translation>%1 in %2 geht in etwa %3 Tagen aus: %4 auf Lager, etwa %5 verkauft pro Tag in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>The margin of %1 fell from %2 % to %3 % (%4 points) in the last 30 days against the 30 days before.</source>
        <translation>Die Marge von %1 ist in den letzten 30 Tagen gegenüber den 30 Tagen davor von %2 % auf %3 % gefallen (%4 Punkte).</translation>
    </message>
    <message>
        <source>The sync has been failing for about %1 hours; the last complete sync was on %2. Your figures may be out of date: check the connection, or see the sync&apos;s error beside &quot;Data as of&quot;.</source>
        <translation>Die Synchronisierung schlägt seit etwa %1 Stunden fehl; die letzte vollständige Synchronisierung war am %2. Ihre Zahlen sind womöglich veraltet: Prüfen Sie die Verbindung oder sehen Sie sich den Fehler der Synchronisierung neben „Daten vom“ an.</translation>
    </message>
    <message>
        <source>Your Amazon connection was revoked: no new data arrives until you connect again in Settings &gt; Amazon connection.</source>
        <translation>Ihre Amazon-Verbindung wurde widerrufen: Es kommen keine neuen Daten, bis Sie sich unter Einstellungen &gt; Amazon-Verbindung erneut verbinden.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires within a day, on %1: renew it in Settings &gt; Amazon connection.</source>
        <translation>Ihre Amazon-Verbindung läuft innerhalb eines Tages ab, am %1: Erneuern Sie sie unter Einstellungen &gt; Amazon-Verbindung.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires in about %1 days, on %2: renew it in Settings &gt; Amazon connection.</source>
        <translation>Ihre Amazon-Verbindung läuft in etwa %1 Tagen ab, am %2: Erneuern Sie sie unter Einstellungen &gt; Amazon-Verbindung.</translation>
    </message>
    <message>
        <source>%1: %4 % of the units sold in the last 30 days were refunded (%2 of %3).</source>
        <translation>%1: %4 % der in den letzten 30 Tagen verkauften Einheiten wurden erstattet (%2 von %3).</translation>
    </message>
</context>
<context>
    <name>sp::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Snooze for a day</source>
        <translation>Einen Tag zurückstellen</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Eine Woche zurückstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Alert me when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>Stock runs out in about</source>
        <translation>Der Bestand ausgeht in etwa</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days of stock left</source>
        <translation>Verbleibende Bestandstage</translation>
    </message>
    <message>
        <source>The margin of a SKU or a marketplace drops by more than</source>
        <translation>Die Marge einer SKU oder eines Marktplatzes sinkt um mehr als</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Margin drop in percentage points, last 30 days against the 30 before</source>
        <translation>Rückgang der Marge in Prozentpunkten, letzte 30 Tage gegenüber den 30 Tagen davor</translation>
    </message>
    <message>
        <source>Refunds of a SKU exceed</source>
        <translation>Die Erstattungen einer SKU übersteigen</translation>
    </message>
    <message>
        <source> % of units sold</source>
        <translation> % der verkauften Einheiten</translation>
    </message>
    <message>
        <source>Refund rate in percent, last 30 days</source>
        <translation>Erstattungsquote in Prozent, letzte 30 Tage</translation>
    </message>
    <message>
        <source>The sync has been failing for more than</source>
        <translation>Die Synchronisierung seit mehr als</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Hours of failing sync</source>
        <translation>Stunden fehlgeschlagener Synchronisierung</translation>
    </message>
    <message>
        <source>The Amazon connection is revoked or expires within a week</source>
        <translation>Die Amazon-Verbindung widerrufen ist oder innerhalb einer Woche abläuft</translation>
    </message>
    <message>
        <source>Show SellerPulse in the notification area</source>
        <translation>SellerPulse im Infobereich anzeigen</translation>
    </message>
    <message>
        <source>SellerPulse checks these after each sync, on this computer. Each cause alerts you once; if it goes away and comes back, you are alerted again.</source>
        <translation>SellerPulse prüft dies nach jeder Synchronisierung, auf diesem Computer. Jede Ursache meldet sich einmal; verschwindet sie und kommt wieder, werden Sie erneut benachrichtigt.</translation>
    </message>
    <message>
        <source>No alerts. SellerPulse checks your data after each sync.</source>
        <translation>Keine Hinweise. SellerPulse prüft Ihre Daten nach jeder Synchronisierung.</translation>
    </message>
    <message>
        <source>1 alert, %1 new.</source>
        <translation>1 Hinweis, %1 neu.</translation>
    </message>
    <message>
        <source>%1 alerts, %2 new.</source>
        <translation>%1 Hinweise, %2 neu.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnection</name>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon</source>
        <translation>Warten auf Ihre Zustimmung bei Amazon</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Disconnected (access revoked)</source>
        <translation>Getrennt (Zugriff widerrufen)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionClient</name>
    <message>
        <source>Your Amazon account is not connected.</source>
        <translation>Ihr Amazon-Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about the Amazon connection was not understood.</source>
        <translation>Die Antwort des Servers zur Amazon-Verbindung wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>Die Antwort des Servers wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The 15 minutes to give consent on Amazon have passed. Please connect again.</source>
        <translation>Die 15 Minuten für die Zustimmung bei Amazon sind abgelaufen. Bitte verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>Your Amazon account is connected.</source>
        <translation>Ihr Amazon-Konto ist verbunden.</translation>
    </message>
    <message>
        <source>Access was denied on Amazon. Your Amazon account is not connected.</source>
        <translation>Der Zugriff wurde bei Amazon abgelehnt. Ihr Amazon-Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval could not be confirmed, so nothing was connected. Please connect again.</source>
        <translation>Die Zustimmung von Amazon konnte nicht bestätigt werden, daher wurde nichts verbunden. Bitte verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>SellerPulse could not open a local port to receive Amazon&apos;s answer. Please try again.</source>
        <translation>SellerPulse konnte keinen lokalen Port öffnen, um die Antwort von Amazon zu empfangen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>SellerPulse could not create the security code for connecting Amazon. Please try again.</source>
        <translation>SellerPulse konnte den Sicherheitscode für die Verbindung mit Amazon nicht erzeugen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval was given in a browser that is not on this computer, so SellerPulse connected nothing. Please start again and approve in a browser on this computer.</source>
        <translation>Die Zustimmung bei Amazon wurde in einem Browser erteilt, der sich nicht auf diesem Computer befindet, daher hat SellerPulse nichts verbunden. Bitte beginnen Sie erneut und stimmen Sie in einem Browser auf diesem Computer zu.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionSection</name>
    <message>
        <source>Connect Amazon account...</source>
        <translation>Amazon-Konto verbinden …</translation>
    </message>
    <message>
        <source>Disconnect...</source>
        <translation>Trennen …</translation>
    </message>
    <message>
        <source>Amazon connection status</source>
        <translation>Status der Amazon-Verbindung</translation>
    </message>
    <message>
        <source>Selling partner id</source>
        <translation>Selling-Partner-ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>Granted roles</source>
        <translation>Erteilte Rollen</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Verbunden seit</translation>
    </message>
    <message>
        <source>Time left to give consent</source>
        <translation>Verbleibende Zeit für die Zustimmung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Amazon region</source>
        <translation>Amazon-Region</translation>
    </message>
    <message>
        <source>Connect Amazon account</source>
        <translation>Amazon-Konto verbinden</translation>
    </message>
    <message>
        <source>Disconnect Amazon account</source>
        <translation>Amazon-Konto trennen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Selling partner:</source>
        <translation>Selling Partner:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Marketplaces:</source>
        <translation>Marktplätze:</translation>
    </message>
    <message>
        <source>Granted roles:</source>
        <translation>Erteilte Rollen:</translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation>Verbunden seit:</translation>
    </message>
    <message>
        <source>Region to connect:</source>
        <translation>Zu verbindende Region:</translation>
    </message>
    <message>
        <source>Amazon Seller Central is open in your browser. Sign in there and approve SellerPulse; this page updates by itself.</source>
        <translation>Amazon Seller Central ist in Ihrem Browser geöffnet. Melden Sie sich dort an und stimmen Sie SellerPulse zu; diese Seite aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <source>Sign in to see it.</source>
        <translation>Melden Sie sich an, um es zu sehen.</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon: %1:%2 left</source>
        <translation>Warten auf Ihre Zustimmung bei Amazon: noch %1:%2</translation>
    </message>
    <message>
        <source>Disconnect your Amazon account from SellerPulse? SellerPulse deletes its Amazon access token at once and can no longer read new orders, stock or fees. You can connect again at any time.</source>
        <translation>Ihr Amazon-Konto von SellerPulse trennen? SellerPulse löscht sofort sein Amazon-Zugriffstoken und kann keine neuen Bestellungen, Bestände oder Gebühren mehr lesen. Sie können jederzeit erneut verbinden.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your Amazon account is disconnected; SellerPulse deleted its Amazon access token.</source>
        <translation>Ihr Amazon-Konto ist getrennt; SellerPulse hat sein Amazon-Zugriffstoken gelöscht.</translation>
    </message>
    <message>
        <source>Delete downloaded Amazon data</source>
        <translation>Heruntergeladene Amazon-Daten löschen</translation>
    </message>
    <message>
        <source>Also delete the Amazon data SellerPulse downloaded to this computer (orders, products, stock, fees)? It cannot be read any more afterwards.</source>
        <translation>Auch die Amazon-Daten löschen, die SellerPulse auf diesen Computer heruntergeladen hat (Bestellungen, Produkte, Bestand, Gebühren)? Sie können danach nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>Delete from this computer</source>
        <translation>Von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Connect this account</source>
        <translation>Dieses Konto verbinden</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Erneut beginnen</translation>
    </message>
    <message>
        <source>Amazon account that approved</source>
        <translation>Amazon-Konto, das zugestimmt hat</translation>
    </message>
    <message>
        <source>Cancel connecting Amazon</source>
        <translation>Verbinden mit Amazon abbrechen</translation>
    </message>
    <message>
        <source>Copy the Amazon consent link</source>
        <translation>Den Amazon-Zustimmungslink kopieren</translation>
    </message>
    <message>
        <source>Connect this Amazon account</source>
        <translation>Dieses Amazon-Konto verbinden</translation>
    </message>
    <message>
        <source>Start connecting Amazon again</source>
        <translation>Verbinden mit Amazon erneut beginnen</translation>
    </message>
    <message>
        <source>If no browser opened: paste this link into a browser on this computer.</source>
        <translation>Falls sich kein Browser geöffnet hat: Fügen Sie diesen Link in einen Browser auf diesem Computer ein.</translation>
    </message>
    <message>
        <source>SellerPulse opens Amazon Seller Central in your browser, where you sign in and approve; then SellerPulse shows which Amazon account approved and connects it when you confirm. Approve in a browser on this computer. SellerPulse never sees your Amazon password, and reads only unless you turn on a write feature under Permissions.</source>
        <translation>SellerPulse öffnet Amazon Seller Central in Ihrem Browser, wo Sie sich anmelden und zustimmen; anschließend zeigt SellerPulse, welches Amazon-Konto zugestimmt hat, und verbindet es, sobald Sie bestätigen. Stimmen Sie in einem Browser auf diesem Computer zu. SellerPulse sieht Ihr Amazon-Passwort nie und liest nur, sofern Sie nicht unter Berechtigungen eine Schreibfunktion einschalten.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Click Copy link and paste the link into a browser on this computer; this page updates by itself.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Klicken Sie auf Link kopieren und fügen Sie den Link in einen Browser auf diesem Computer ein; diese Seite aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <source>The link is copied. Paste it into a browser on this computer: an approval in a browser on another computer cannot connect your account.</source>
        <translation>Der Link ist kopiert. Fügen Sie ihn in einen Browser auf diesem Computer ein: Eine Zustimmung in einem Browser auf einem anderen Computer kann Ihr Konto nicht verbinden.</translation>
    </message>
    <message>
        <source>Amazon approved seller account %1 for %2. Connect this account to SellerPulse? If this is not your Amazon account, click Cancel.</source>
        <translation>Amazon hat das Verkäuferkonto %1 für %2 genehmigt. Dieses Konto mit SellerPulse verbinden? Wenn dies nicht Ihr Amazon-Konto ist, klicken Sie auf Abbrechen.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonMarketplaces</name>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A marketplace: the store&apos;s name, then its country, e.g. &quot;Amazon.de (Germany)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonRegions</name>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Far East (Japan)</source>
        <translation>Ferner Osten (Japan)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonTerms</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Unshipped</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Nicht ausführbar</translation>
    </message>
    <message>
        <source>Invoice unconfirmed</source>
        <translation>Rechnung unbestätigt</translation>
    </message>
    <message>
        <source>Pending availability</source>
        <translation>Verfügbarkeit ausstehend</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Servicegebühr</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Artikelpreis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Shipping charge</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Referral fee (commission)</source>
        <translation>Verkaufsgebühr (Provision)</translation>
    </message>
    <message>
        <source>FBA fulfilment fee</source>
        <translation>FBA-Versandgebühr</translation>
    </message>
    <message>
        <source>Refund administration fee</source>
        <translation>Gebühr für Erstattungsbearbeitung</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>FBA storage fee</source>
        <translation>FBA-Lagergebühr</translation>
    </message>
    <message>
        <source>Advertising cost</source>
        <translation>Werbekosten</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon</source>
        <translation>Versand durch Amazon</translation>
    </message>
    <message>
        <source>Fulfilled by you</source>
        <translation>Versand durch Sie</translation>
    </message>
    <message>
        <source>Amazon name: %1</source>
        <translation>Bezeichnung bei Amazon: %1</translation>
    </message>
</context>
<context>
    <name>sp::ApiError</name>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Check the server address, or the CA file when you use your own server.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1. Prüfen Sie die Serveradresse oder, bei einem eigenen Server, die CA-Datei.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This server address is not allowed: %1</source>
        <translation>Diese Serveradresse ist nicht erlaubt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Versuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent an answer SellerPulse does not understand. Try again later or contact support.</source>
        <translation>Der Server hat eine Antwort gesendet, die SellerPulse nicht versteht. Versuchen Sie es später erneut oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it and retry, or continue for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar. Entsperren Sie ihn und versuchen Sie es erneut, oder fahren Sie nur für diese Sitzung fort.</translation>
    </message>
    <message>
        <source>The email address or password is not correct. Check them and try again.</source>
        <translation>E-Mail-Adresse oder Passwort sind nicht korrekt. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The new password is not accepted: use 10 to 128 characters, different from the current password.</source>
        <translation>Das neue Passwort wird nicht akzeptiert: Verwenden Sie 10 bis 128 Zeichen, anders als das aktuelle Passwort.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check what you entered and try again.</source>
        <translation>Der Server hat die Anfrage nicht angenommen. Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>Ihre Sitzung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere (the password was changed or the session was ended). Sign in again.</source>
        <translation>Sie wurden an anderer Stelle abgemeldet (das Passwort wurde geändert oder die Sitzung beendet). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again.</source>
        <translation>Ihre Sitzung wurde zu Ihrer Sicherheit beendet, weil ihr Anmelde-Token zweimal verwendet wurde. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The requested item does not exist or belongs to another account.</source>
        <translation>Das angeforderte Element existiert nicht oder gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>An account with this email address already exists.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse existiert bereits.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed. Please update SellerPulse or contact support.</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt. Bitte aktualisieren Sie SellerPulse oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again later or contact support.</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1). Versuchen Sie es später erneut oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Zu viele Versuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up: %1. The server may only offer an outdated TLS version (SellerPulse requires TLS 1.2 or later).</source>
        <translation>Es konnte keine sichere Verbindung zum Server aufgebaut werden: %1. Der Server bietet möglicherweise nur eine veraltete TLS-Version an (SellerPulse erfordert TLS 1.2 oder neuer).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid at this computer&apos;s date and time (%1): %2. Check your computer&apos;s clock: if the date or time is wrong, correct it and try again.</source>
        <translation>Das Zertifikat des Servers ist zum Datum und zur Uhrzeit dieses Computers (%1) nicht gültig: %2. Prüfen Sie die Uhr Ihres Computers: Wenn Datum oder Uhrzeit falsch sind, korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>Bei seiner letzten Antwort ging die Uhr des Servers %n Minute gegenüber der dieses Computers vor.</numerusform>
            <numerusform>Bei seiner letzten Antwort ging die Uhr des Servers %n Minuten gegenüber der dieses Computers vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) behind this computer&apos;s.</source>
        <translation>
            <numerusform>Bei seiner letzten Antwort ging die Uhr des Servers %n Minute gegenüber der dieses Computers nach.</numerusform>
            <numerusform>Bei seiner letzten Antwort ging die Uhr des Servers %n Minuten gegenüber der dieses Computers nach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is too slow: its answer did not arrive completely within %n second(s). Try again later.</source>
        <translation>
            <numerusform>Der Server ist zu langsam: Seine Antwort ist nicht innerhalb von %n Sekunde vollständig eingetroffen. Versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Server ist zu langsam: Seine Antwort ist nicht innerhalb von %n Sekunden vollständig eingetroffen. Versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: free some space on the disk that holds %1 and try again.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz auf dem Datenträger frei, auf dem sich %1 befindet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Problemtyp: %1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
</context>
<context>
    <name>sp::AppController</name>
    <message>
        <source>The demo account&apos;s password was changed. Sign in with the new one.</source>
        <translation>Das Passwort des Demokontos wurde geändert. Melden Sie sich mit dem neuen an.</translation>
    </message>
</context>
<context>
    <name>sp::AtomicFileReplacer</name>
    <message>
        <source>%1 is a symbolic link. For safety SellerPulse does not write through links: choose the file itself or another name.</source>
        <translation>%1 ist eine symbolische Verknüpfung. Aus Sicherheitsgründen schreibt SellerPulse nicht über Verknüpfungen: Wählen Sie die Datei selbst oder einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 ist ein Ordner: Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>A file could not be created in %1: %2</source>
        <translation>In %1 konnte keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Another program changed the unfinished file while %1 was being written, so it was not saved. Please try again.</source>
        <translation>Ein anderes Programm hat die unfertige Datei geändert, während %1 geschrieben wurde, daher wurde sie nicht gespeichert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: %2</source>
        <translation>Die Datei konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>sp::BundleViewerDialog</name>
    <message>
        <source>Support bundle %1</source>
        <translation>Supportpaket %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Read-only: the bundle was checked against its manifest and is shown as it is.</source>
        <translation>Nur lesen: Das Paket wurde anhand seines Manifests geprüft und wird unverändert angezeigt.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Inhalt der ausgewählten Datei</translation>
    </message>
</context>
<context>
    <name>sp::CacheArchiveWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The archive could not be started.</source>
        <translation>Das Archiv konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The offline data could not be read: %1</source>
        <translation>Die Offline-Daten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The archive could not be written.</source>
        <translation>Das Archiv konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The archive could not be completed.</source>
        <translation>Das Archiv konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>SellerPulse offline data, exported from this computer.<byte value="xd"/>
Data as of: %1<byte value="xd"/>
<byte value="xd"/>
Each CSV file is one table (UTF-8, comma-separated). Amounts are in the currency of their row.<byte value="xd"/>
This archive is NOT encrypted: keep it somewhere safe.<byte value="xd"/>
<byte value="xd"/>
%2<byte value="xd"/>
</source>
        <translation>SellerPulse-Offline-Daten, von diesem Computer exportiert.<byte value="xd"/>
Datenstand: %1<byte value="xd"/>
<byte value="xd"/>
Jede CSV-Datei ist eine Tabelle (UTF-8, durch Kommas getrennt). Beträge sind in der Währung ihrer Zeile.<byte value="xd"/>
Dieses Archiv ist NICHT verschlüsselt: Bewahren Sie es an einem sicheren Ort auf.<byte value="xd"/>
<byte value="xd"/>
%2<byte value="xd"/>
</translation>
    </message>
</context>
<context>
    <name>sp::CacheFiles</name>
    <message>
        <source>The cache folder %1 could not be created.</source>
        <translation>Der Cache-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be created.</source>
        <translation>Die Cache-Datei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The damaged cache file %1 could not be moved aside.</source>
        <translation>Die beschädigte Cache-Datei %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>sp::CacheFormatMigration</name>
    <message>
        <source>The offline copy on this computer could not be converted to the new format: the disk is full. Free some space and start the app again.</source>
        <translation>Die Offline-Kopie auf diesem Computer konnte nicht in das neue Format umgewandelt werden: Der Datenträger ist voll. Geben Sie Speicherplatz frei und starten Sie die App erneut.</translation>
    </message>
    <message>
        <source>The offline copy on this computer could not be converted to the new format. You can reset it and download your data again.</source>
        <translation>Die Offline-Kopie auf diesem Computer konnte nicht in das neue Format umgewandelt werden. Sie können sie zurücksetzen und Ihre Daten erneut herunterladen.</translation>
    </message>
</context>
<context>
    <name>sp::CacheIntegrityCheck</name>
    <message>
        <source>The offline copy could not be checked (%1).</source>
        <translation>Die Offline-Kopie konnte nicht geprüft werden (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheKey</name>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>Der Schlüssel des Caches im Schlüsselbund ist ungültig.</translation>
    </message>
    <message>
        <source>No random key could be generated for the cache.</source>
        <translation>Für den Cache konnte kein zufälliger Schlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable, so the key of your offline copy cannot be read. Unlock the keychain (for example by signing in to your desktop again or opening your password manager) and choose Retry. Your offline copy is kept.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar, daher kann der Schlüssel Ihrer Offline-Kopie nicht gelesen werden. Entsperren Sie den Schlüsselbund (zum Beispiel, indem Sie sich erneut an Ihrem Desktop anmelden oder Ihren Passwortmanager öffnen) und wählen Sie Erneut versuchen. Ihre Offline-Kopie bleibt erhalten.</translation>
    </message>
    <message>
        <source>The keychain still holds the cache key after deleting it.</source>
        <translation>Der Schlüsselbund enthält den Cache-Schlüssel nach dem Löschen noch immer.</translation>
    </message>
</context>
<context>
    <name>sp::CacheSchema</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Die Offline-Daten konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of SellerPulse. Update SellerPulse, or reset the cache and download your data again.</source>
        <translation>Die Offline-Daten stammen von einer neueren SellerPulse-Version. Aktualisieren Sie SellerPulse, oder setzen Sie den Cache zurück und laden Sie Ihre Daten erneut herunter.</translation>
    </message>
    <message>
        <source>The offline cache could not be updated (%1).</source>
        <translation>Die Offline-Daten konnten nicht aktualisiert werden (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheWriter</name>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>Die Offline-Daten konnten nicht vorbereitet werden (%1).</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Die Offline-Daten sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>The server sent an unreadable page (%1).</source>
        <translation>Der Server hat eine unlesbare Seite gesendet (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be written (%1).</source>
        <translation>Die Offline-Daten konnten nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>Die Offline-Kopie auf diesem Computer ist beschädigt. Setzen Sie sie zurück, um Ihre Daten erneut herunterzuladen; die beschädigte Datei wird dann für den Support aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>sp::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters. Changing it signs out all your other devices.</source>
        <translation>Verwenden Sie %1 bis %2 Zeichen. Eine Änderung meldet alle Ihre anderen Geräte ab.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>Das neue Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The new password may have at most %1 characters.</source>
        <translation>Das neue Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>The repeated password does not match the new password.</source>
        <translation>Das wiederholte Passwort stimmt nicht mit dem neuen Passwort überein.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again, then change your password.</source>
        <translation>Sie sind nicht angemeldet. Melden Sie sich erneut an und ändern Sie dann Ihr Passwort.</translation>
    </message>
    <message>
        <source>Changing...</source>
        <translation>Wird geändert …</translation>
    </message>
    <message>
        <source>Your password was changed. All your other devices were signed out; this computer stays signed in.</source>
        <translation>Ihr Passwort wurde geändert. Alle Ihre anderen Geräte wurden abgemeldet; dieser Computer bleibt angemeldet.</translation>
    </message>
</context>
<context>
    <name>sp::ChartPainter</name>
    <message>
        <source>No data for this period</source>
        <translation>Keine Daten für diesen Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sp::ChecksummedFileWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Die Datei konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The download was already discarded.</source>
        <translation>Der Download wurde bereits verworfen.</translation>
    </message>
    <message>
        <source>The download is incomplete (%1 of %2 bytes). No file was saved.</source>
        <translation>Der Download ist unvollständig (%1 von %2 Bytes). Es wurde keine Datei gespeichert.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the server&apos;s checksum (SHA-256): it was damaged on the way. No file was saved; please download it again.</source>
        <translation>Die heruntergeladene Datei stimmt nicht mit der Prüfsumme des Servers (SHA-256) überein: Sie wurde unterwegs beschädigt. Es wurde keine Datei gespeichert; bitte laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The download was larger than announced (more than %1). It was stopped and no file was saved; please try again later.</source>
        <translation>Der Download war größer als angekündigt (mehr als %1). Er wurde abgebrochen und es wurde keine Datei gespeichert; bitte versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>sp::CipherDatabase</name>
    <message>
        <source>The offline cache could not be opened (%1).</source>
        <translation>Die Offline-Daten konnten nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The database library is not SQLCipher; the offline cache cannot be encrypted.</source>
        <translation>Die Datenbankbibliothek ist nicht SQLCipher; die Offline-Daten können nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>Der Schlüssel des Caches im Schlüsselbund ist ungültig.</translation>
    </message>
    <message>
        <source>The offline cache could not be unlocked.</source>
        <translation>Die Offline-Daten konnten nicht entsperrt werden.</translation>
    </message>
    <message>
        <source>The offline cache cannot be read: its key does not match or the file is damaged. You can reset the cache and download your data again.</source>
        <translation>Die Offline-Daten können nicht gelesen werden: Der Schlüssel passt nicht oder die Datei ist beschädigt. Sie können den Cache zurücksetzen und Ihre Daten erneut herunterladen.</translation>
    </message>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Die Offline-Daten konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>Die Offline-Daten konnten nicht vorbereitet werden (%1).</translation>
    </message>
    <message>
        <source>The database library is SQLCipher %1; the offline cache needs SQLCipher 4 or newer.</source>
        <translation>Die Datenbankbibliothek ist SQLCipher %1; der Offline-Cache benötigt SQLCipher 4 oder neuer.</translation>
    </message>
</context>
<context>
    <name>sp::CommandLineOptions</name>
    <message>
        <source>SellerPulse Desktop: profit and sales analytics for Amazon sellers.</source>
        <translation>SellerPulse Desktop: Gewinn- und Umsatzanalysen für Amazon-Verkäufer.</translation>
    </message>
    <message>
        <source>Use the SellerPulse service at URL (https; http only for this computer).</source>
        <translation>Den SellerPulse-Dienst unter URL verwenden (https; http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>Keep settings, data and keychain entries in the profile folder DIR.</source>
        <translation>Einstellungen, Daten und Schlüsselbund-Einträge im Profilordner DIR ablegen.</translation>
    </message>
    <message>
        <source>Start a local sandbox server and use it (for trying SellerPulse out).</source>
        <translation>Einen lokalen Sandbox-Server starten und verwenden (zum Ausprobieren von SellerPulse).</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window, save it as a PNG to FILE and exit.</source>
        <translation>Starten, anmelden, das Hauptfenster zeigen, es als PNG in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window and exit.</source>
        <translation>Starten, anmelden, das Hauptfenster zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>no program name given</source>
        <translation>kein Programmname angegeben</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>--server and --sandbox cannot be used together</source>
        <translation>--server und --sandbox können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>--server %1 is not allowed: %2</source>
        <translation>--server %1 ist nicht erlaubt: %2</translation>
    </message>
    <message>
        <source>not a valid https URL</source>
        <translation>keine gültige https-URL</translation>
    </message>
    <message>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--profile needs a folder name</source>
        <translation>--profile braucht einen Ordnernamen</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>Log at LEVEL: debug, info or warning (default: the setting, else info).</source>
        <translation>Mit Protokollstufe LEVEL protokollieren: debug, info oder warning (Standard: die Einstellung, sonst info).</translation>
    </message>
    <message>
        <source>Write a support bundle (versions, settings, redacted logs, the cache&apos;s shape; no secrets or seller data) to FILE and exit.</source>
        <translation>Ein Supportpaket (Versionen, Einstellungen, bereinigte Protokolle, die Struktur des Caches; keine Geheimnisse oder Verkäuferdaten) in FILE schreiben und beenden.</translation>
    </message>
    <message>
        <source>--log-level must be debug, info or warning, not &quot;%1&quot;</source>
        <translation>--log-level muss debug, info oder warning sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name</source>
        <translation>--support-bundle braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--support-bundle cannot be combined with --sandbox, --smoke-test or --screenshot</source>
        <translation>--support-bundle kann nicht mit --sandbox, --smoke-test oder --screenshot kombiniert werden</translation>
    </message>
    <message>
        <source>Also trust the PEM certificates in FILE, for the --server host only (never for the SellerPulse cloud).</source>
        <translation>Zusätzlich den PEM-Zertifikaten in FILE vertrauen, nur für den --server-Host (niemals für die SellerPulse-Cloud).</translation>
    </message>
    <message>
        <source>--ca-file needs --server: its certificates are trusted for that server only</source>
        <translation>--ca-file erfordert --server: Seine Zertifikate gelten nur für diesen Server als vertrauenswürdig</translation>
    </message>
    <message>
        <source>--ca-file cannot be used for the SellerPulse cloud, whose certificate is checked against the system&apos;s certificate authorities only</source>
        <translation>--ca-file kann nicht für die SellerPulse-Cloud verwendet werden, deren Zertifikat ausschließlich anhand der Zertifizierungsstellen des Systems geprüft wird</translation>
    </message>
    <message>
        <source>With --smoke-test or --screenshot: wait for the dashboard&apos;s figures from this computer&apos;s copy of the data instead of the sign-in.</source>
        <translation>Mit --smoke-test oder --screenshot: statt auf die Anmeldung auf die Zahlen der Übersicht aus der Kopie der Daten auf diesem Computer warten.</translation>
    </message>
    <message>
        <source>--smoke-dashboard needs --smoke-test or --screenshot</source>
        <translation>--smoke-dashboard erfordert --smoke-test oder --screenshot</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x800.</source>
        <translation>Mit --screenshot: die Größe des Fensters, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>--page and --size need --screenshot</source>
        <translation>--page und --size brauchen --screenshot</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;</source>
        <translation>--page muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, not &quot;%1&quot;</source>
        <translation>--size muss BREITExHÖHE zwischen 640x480 und 7680x4320 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>With --screenshot: show PAGE (%1) once its data is in.</source>
        <translation>Mit --screenshot: SEITE (%1) zeigen, sobald ihre Daten da sind.</translation>
    </message>
</context>
<context>
    <name>sp::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sp::ConfirmedRows</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Der Offline-Cache ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>sp::ConnectionStatus</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Angemeldet als %2 (%1)</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>sp::ConsentUrlPolicy</name>
    <message>
        <source>The server sent an invalid sign-in address for Amazon.</source>
        <translation>Der Server hat eine ungültige Anmeldeadresse für Amazon gesendet.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address contains a user name, which Amazon&apos;s never does.</source>
        <translation>Die Amazon-Anmeldeadresse enthält einen Benutzernamen, was die von Amazon nie tut.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address has an unexpected part after &apos;#&apos;.</source>
        <translation>Die Amazon-Anmeldeadresse hat nach „#“ einen unerwarteten Teil.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address lacks the application or the security state.</source>
        <translation>Der Amazon-Anmeldeadresse fehlt die Anwendung oder der Sicherheitsstatus.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not encrypted (https); it was not opened.</source>
        <translation>Die Amazon-Anmeldeadresse ist nicht verschlüsselt (https); sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The sign-in address points to %1, not to Amazon Seller Central (%2); it was not opened. Please report this to SellerPulse.</source>
        <translation>Die Anmeldeadresse verweist auf %1, nicht auf Amazon Seller Central (%2); sie wurde nicht geöffnet. Bitte melden Sie dies an SellerPulse.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address uses an unexpected port; it was not opened.</source>
        <translation>Die Amazon-Anmeldeadresse verwendet einen unerwarteten Port; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not Seller Central&apos;s consent page; it was not opened.</source>
        <translation>Die Amazon-Anmeldeadresse ist nicht die Zustimmungsseite von Seller Central; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address names the application or the security state twice; it was not opened.</source>
        <translation>Die Amazon-Anmeldeadresse nennt die Anwendung oder den Sicherheitsstatus doppelt; sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address asks for another application&apos;s access, not SellerPulse&apos;s; it was not opened. Please report this to SellerPulse.</source>
        <translation>Die Amazon-Anmeldeadresse fordert den Zugriff für eine andere Anwendung an, nicht für SellerPulse; sie wurde nicht geöffnet. Bitte melden Sie dies an SellerPulse.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardChart</name>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Täglicher Umsatz und Nettogewinn</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>Keine Verkäufe in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Revenue and net profit by week</source>
        <translation>Umsatz und Nettogewinn nach Woche</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Umsatz und Nettogewinn nach Monat</translation>
    </message>
</context>
<context>
    <name>sp::DashboardPage</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Amazon-Gebühren</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Warenkosten</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 Pkt.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation>neu in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete: some products sold have no unit cost for the date. &lt;a href=&quot;products&quot;&gt;Enter unit costs on the products page&lt;/a&gt;.</source>
        <translation>Die Warenkosten sind unvollständig: Für einige verkaufte Produkte gibt es zum Datum keine Stückkosten. &lt;a href=&quot;products&quot;&gt;Stückkosten auf der Produktseite eingeben&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete</source>
        <translation>Warenkosten unvollständig</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Täglicher Umsatz und Nettogewinn</translation>
    </message>
    <message>
        <source>%1 to %2 (previous: %3 to %4)</source>
        <translation>%1 bis %2 (vorher: %3 bis %4)</translation>
    </message>
    <message>
        <source>Choose a range whose start is not after its end.</source>
        <translation>Wählen Sie einen Zeitraum, dessen Beginn nicht nach seinem Ende liegt.</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Keine Verkäufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Noch keine Daten heruntergeladen.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source> (%1 pending, estimated)</source>
        <translation> (%1 ausstehend, geschätzt)</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>Some products sold have no unit cost for the date.</source>
        <translation>Für einige verkaufte Produkte gibt es zum Datum keine Stückkosten.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the previous period</source>
        <translation>Veränderung von %1 in %2 gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source>Data as of: not downloaded yet</source>
        <translation>Datenstand: noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Pending units without a price yet: %1, in %2 pending orders. Revenue is an estimate.</source>
        <translation>Ausstehende Einheiten noch ohne Preis: %1, in %2 ausstehenden Bestellungen. Der Umsatz ist geschätzt.</translation>
    </message>
    <message>
        <source>No figures for the previous period of the same length</source>
        <translation>Keine Zahlen für den vorherigen, gleich langen Zeitraum</translation>
    </message>
    <message>
        <source>Better than the previous period of the same length</source>
        <translation>Besser als im vorherigen, gleich langen Zeitraum</translation>
    </message>
    <message>
        <source>Worse than the previous period of the same length</source>
        <translation>Schlechter als im vorherigen, gleich langen Zeitraum</translation>
    </message>
    <message>
        <source>The same as in the previous period of the same length</source>
        <translation>Gleich wie im vorherigen, gleich langen Zeitraum</translation>
    </message>
    <message>
        <source>Downloading your history...</source>
        <translation>Ihre Verkaufsgeschichte wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Downloading your history: %1%</source>
        <translation>Ihre Verkaufsgeschichte wird heruntergeladen: %1 %</translation>
    </message>
    <message>
        <source> after %1 other expenses</source>
        <translation> nach %1 sonstigen Ausgaben</translation>
    </message>
    <message>
        <source>Net profit includes the expenses you recorded outside Amazon (the Expenses page) that occur in the period.</source>
        <translation>Der Nettogewinn enthält die Ausgaben außerhalb von Amazon, die Sie erfasst haben (Seite „Ausgaben“) und die im Zeitraum anfallen.</translation>
    </message>
    <message>
        <source>no data last year</source>
        <translation>keine Daten im Vorjahr</translation>
    </message>
    <message>
        <source>no comparison with last year</source>
        <translation>kein Vergleich mit dem Vorjahr</translation>
    </message>
    <message>
        <source>%1 %2 pts vs last year</source>
        <translation>%1 %2 Pkt. ggü. Vorjahr</translation>
    </message>
    <message>
        <source>unchanged vs last year</source>
        <translation>unverändert ggü. Vorjahr</translation>
    </message>
    <message>
        <source>none last year</source>
        <translation>im Vorjahr keine</translation>
    </message>
    <message>
        <source>%1 %2 % vs last year</source>
        <translation>%1 %2 % ggü. Vorjahr</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No figures for the same days last year (%1): the downloaded history does not reach back to them, or there were no sales</source>
        <translation>Keine Zahlen für dieselben Tage im Vorjahr (%1): Die heruntergeladene Historie reicht nicht so weit zurück, oder es gab keine Verkäufe</translation>
    </message>
    <message>
        <source>Better than the same days last year (%1)</source>
        <translation>Besser als dieselben Tage im Vorjahr (%1)</translation>
    </message>
    <message>
        <source>Worse than the same days last year (%1)</source>
        <translation>Schlechter als dieselben Tage im Vorjahr (%1)</translation>
    </message>
    <message>
        <source>The same as on the same days last year (%1)</source>
        <translation>Gleich wie an denselben Tagen im Vorjahr (%1)</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the same days last year</source>
        <translation>Veränderung von %1 in %2 gegenüber denselben Tagen im Vorjahr</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a month&apos;s name and its year (&quot;December 2026&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: from tomorrow, after the month&apos;s first complete day</source>
        <translation>Prognose zum Monatsende für %1: ab morgen, nach dem ersten vollständigen Tag des Monats</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: no sales so far this month</source>
        <translation>Prognose zum Monatsende für %1: bisher keine Verkäufe in diesem Monat</translation>
    </message>
    <message>
        <source>%1: %2 revenue, %3 units, %4 net profit</source>
        <translation>%1: %2 Umsatz, %3 Einheiten, %4 Nettogewinn</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: %2 revenue, %3 units, %4 net profit</source>
        <translation>Prognose zum Monatsende für %1: %2 Umsatz, %3 Einheiten, %4 Nettogewinn</translation>
    </message>
    <message>
        <source>So far: %1 revenue, %2 units.</source>
        <translation>Bisher: %1 Umsatz, %2 Einheiten.</translation>
    </message>
    <message>
        <source>Net profit is after this month&apos;s other expenses of %1.</source>
        <translation>Der Nettogewinn versteht sich nach den sonstigen Ausgaben dieses Monats von %1.</translation>
    </message>
    <message>
        <source>Month-end forecast in %1</source>
        <translation>Prognose zum Monatsende in %1</translation>
    </message>
    <message>
        <source>Month-end forecast for %1, all marketplaces in %2: %3 revenue, %4 units, %5 net profit</source>
        <extracomment>%1 a month and its year (&quot;December 2026&quot;), %2 the home currency</extracomment>
        <translation>Prognose zum Monatsende für %1, alle Marktplätze in %2: %3 Umsatz, %4 Einheiten, %5 Nettogewinn</translation>
    </message>
    <message>
        <source>Each currency&apos;s forecast converted at its latest reference rate up to %1.</source>
        <translation>Die Prognose jeder Währung umgerechnet zu ihrem letzten Referenzkurs bis %1.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardProductTables</name>
    <message>
        <source>Top earners</source>
        <translation>Gewinnbringendste Produkte</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>Products losing money</source>
        <translation>Produkte mit Verlust</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Verkaufsfähig</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation>Verkauft pro Tag</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite in Tagen</translation>
    </message>
    <message>
        <source>Losing money</source>
        <translation>Verlustbringend</translation>
    </message>
    <message>
        <source>Ranked within each currency: exchange rates are not downloaded yet.</source>
        <translation>Innerhalb jeder Währung gereiht: Die Wechselkurse sind noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Top earners (by net profit in %1, converted)</source>
        <translation>Top-Verdiener (nach Nettogewinn in %1, umgerechnet)</translation>
    </message>
    <message>
        <source>Losing money (by net profit in %1, converted)</source>
        <translation>Mit Verlust (nach Nettogewinn in %1, umgerechnet)</translation>
    </message>
    <message>
        <source>Ranked across marketplaces by net profit converted into %1 at the reference rates of %2 (the latest on or before the period&apos;s last day); a product&apos;s currencies are added up.</source>
        <translation>Über alle Marktplätze gereiht nach Nettogewinn, umgerechnet in %1 zu den Referenzkursen vom %2 (den letzten am oder vor dem letzten Tag des Zeitraums); die Währungen eines Produkts werden addiert.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardQuery</name>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Wählen Sie einen Zeitraum, dessen erster Tag nicht nach seinem letzten liegt.</translation>
    </message>
</context>
<context>
    <name>sp::DatevExport</name>
    <message>
        <source>Choose at least one payout for the DATEV file.</source>
        <translation>Wählen Sie mindestens eine Auszahlung für die DATEV-Datei.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2, the DATEV ledger in %3: DATEV files hold one currency. Export it as a journal instead.</source>
        <translation>Auszahlung %1 ist in %2, die DATEV-Buchhaltung in %3: Eine DATEV-Datei enthält nur eine Währung. Exportieren Sie sie stattdessen als Journal.</translation>
    </message>
    <message>
        <source>DATEV needs accounts of %1 digits; &quot;%2&quot; is not one.</source>
        <translation>DATEV braucht Konten mit %1 Stellen; „%2“ ist keines.</translation>
    </message>
    <message>
        <source>Payout %1 has a booking on %2, outside the file&apos;s period %3 to %4.</source>
        <translation>Auszahlung %1 hat eine Buchung am %2, außerhalb des Zeitraums der Datei (%3 bis %4).</translation>
    </message>
    <message>
        <source>The bookings run from %1 to %2, into a new fiscal year; a DATEV file holds one fiscal year. Book each payout on its payout date, or export each year separately.</source>
        <translation>Die Buchungen reichen vom %1 bis %2, in ein neues Wirtschaftsjahr; eine DATEV-Datei enthält ein Wirtschaftsjahr. Buchen Sie jede Auszahlung auf ihr Auszahlungsdatum oder exportieren Sie jedes Jahr einzeln.</translation>
    </message>
    <message>
        <source>Enter the consultant number (Beraternummer, 1001 to 9999999) your tax adviser uses in DATEV.</source>
        <translation>Geben Sie die Beraternummer (1001 bis 9999999) ein, die Ihre Steuerberatung in DATEV verwendet.</translation>
    </message>
    <message>
        <source>Enter the client number (Mandantennummer, 1 to 99999) your tax adviser uses in DATEV.</source>
        <translation>Geben Sie die Mandantennummer (1 bis 99999) ein, die Ihre Steuerberatung in DATEV verwendet.</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12.</source>
        <translation>Das Wirtschaftsjahr muss in einem Monat von 1 bis 12 beginnen.</translation>
    </message>
    <message>
        <source>DATEV accounts have 4 to 8 digits.</source>
        <translation>DATEV-Konten haben 4 bis 8 Stellen.</translation>
    </message>
    <message>
        <source>The file&apos;s period is not valid.</source>
        <translation>Der Zeitraum der Datei ist ungültig.</translation>
    </message>
    <message>
        <source>The DATEV settings are damaged; enter them again.</source>
        <translation>Die DATEV-Einstellungen sind beschädigt; bitte geben Sie sie neu ein.</translation>
    </message>
</context>
<context>
    <name>sp::DeleteAccountDialog</name>
    <message>
        <source>Delete my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>Your account is closed and will be deleted by %1. %2</source>
        <translation>Ihr Konto ist geschlossen und wird bis %1 gelöscht. %2</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>sp::ErrorDetailsView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Details für den Support</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy these lines, e.g. for a message to support.</source>
        <translation>Kopieren Sie diese Zeilen, z. B. für eine Nachricht an den Support.</translation>
    </message>
</context>
<context>
    <name>sp::ExpenseClient</name>
    <message>
        <source>Expenses can be changed when SellerPulse is online; you are offline.</source>
        <translation>Ausgaben können geändert werden, wenn SellerPulse online ist; Sie sind offline.</translation>
    </message>
    <message>
        <source>You already have 1,000 expenses, the most an account can keep. Delete some you no longer need, then add this one again.</source>
        <translation>Sie haben bereits 1.000 Ausgaben, das Maximum eines Kontos. Löschen Sie einige, die Sie nicht mehr brauchen, und fügen Sie diese dann erneut hinzu.</translation>
    </message>
    <message>
        <source>The server did not accept these fields: %1. Correct them and save again.</source>
        <translation>Der Server hat diese Felder nicht akzeptiert: %1. Korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>sp::ExpenseDialog</name>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Verpackung</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Löhne</translation>
    </message>
    <message>
        <source>Advertising outside Amazon</source>
        <translation>Werbung außerhalb von Amazon</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Endet am:</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>Ausgabe bearbeiten</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Ausgabe hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Warehouse rent</source>
        <translation>z. B. Lagermiete</translation>
    </message>
    <message>
        <source>e.g. 39.00</source>
        <translation>z. B. 39,00</translation>
    </message>
    <message>
        <source>Whole business</source>
        <translation>Gesamtes Unternehmen</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategorie:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Beginnt a&amp;m:</translation>
    </message>
    <message>
        <source>Mar&amp;ketplace:</source>
        <translation>Mar&amp;ktplatz:</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>Geben Sie eine Beschreibung ein.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, e.g. 39.00.</source>
        <translation>Geben Sie einen Betrag größer als null ein, z. B. 39,00.</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, e.g. EUR.</source>
        <translation>Geben Sie einen dreibuchstabigen Währungscode ein, z. B. EUR.</translation>
    </message>
</context>
<context>
    <name>sp::ExpensesPage</name>
    <message>
        <source>&amp;Add expense…</source>
        <translation>Ausgabe &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Costs outside Amazon (software, packaging, a warehouse, wages). They count in net profit on the days they occur, in their own currency.</source>
        <translation>Kosten außerhalb von Amazon (Software, Verpackung, ein Lager, Löhne). Sie zählen im Nettogewinn an den Tagen, an denen sie anfallen, in ihrer eigenen Währung.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Ausgabe hinzufügen</translation>
    </message>
    <message>
        <source>Edit the chosen expense</source>
        <translation>Die gewählte Ausgabe bearbeiten</translation>
    </message>
    <message>
        <source>Delete the chosen expense</source>
        <translation>Die gewählte Ausgabe löschen</translation>
    </message>
    <message>
        <source>Saved on the server; the list and the figures follow after the next sync.</source>
        <translation>Auf dem Server gespeichert; die Liste und die Zahlen folgen nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>Nicht gespeichert: Die Sitzung hat sich inzwischen geändert. Speichern Sie erneut.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation>Ausgabe löschen</translation>
    </message>
    <message>
        <source>Delete the expense &quot;%1&quot;? It no longer counts in net profit, on every computer.</source>
        <translation>Die Ausgabe „%1“ löschen? Sie zählt dann auf keinem Computer mehr im Nettogewinn.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
</context>
<context>
    <name>sp::FileErrorText</name>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to save the export in.</source>
        <translation>%1 ist kein Ordner. Wählen Sie einen Ordner, in dem der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room for the export in %1. Free some space or choose another folder.</source>
        <translation>Der Datenträger ist voll: In %1 ist kein Platz für den Export. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: the folder is read-only or you are not allowed to write there. Choose another folder.</source>
        <translation>Der Export kann nicht in %1 gespeichert werden: Der Ordner ist schreibgeschützt oder Sie dürfen dort nicht schreiben. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: %2</source>
        <translation>Der Export kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be finished. Free some space or choose another folder.</source>
        <translation>Der Datenträger ist voll: Der Export nach %1 konnte nicht abgeschlossen werden. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: the folder is read-only or you are not allowed to write there.</source>
        <translation>Der Export nach %1 konnte nicht geschrieben werden: Der Ordner ist schreibgeschützt oder Sie dürfen dort nicht schreiben.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: %2</source>
        <translation>Der Export nach %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder: choose another file name.</source>
        <translation>%1 ist ein Ordner: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The export could not replace %1: the file is read-only or in use.</source>
        <translation>Der Export konnte %1 nicht ersetzen: Die Datei ist schreibgeschützt oder wird verwendet.</translation>
    </message>
    <message>
        <source>The export could not be saved as %1: %2</source>
        <translation>Der Export konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>sp::FileLogging</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>Der Protokollordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>sp::FinancesPage</name>
    <message>
        <source>Posted from</source>
        <translation>Gebucht ab</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Search financial events</source>
        <translation>Finanzereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Search by order id, SKU or event id</source>
        <translation>Nach Bestellnummer, SKU oder Ereignis-ID suchen</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Filter by posting date</source>
        <translation>Nach Buchungsdatum filtern</translation>
    </message>
    <message>
        <source>Posted until</source>
        <translation>Gebucht bis</translation>
    </message>
    <message>
        <source>Financial events</source>
        <translation>Finanzereignisse</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No financial events downloaded yet</source>
        <translation>Noch keine Finanzereignisse heruntergeladen</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1+ events</source>
        <translation>%1+ Ereignisse</translation>
    </message>
</context>
<context>
    <name>sp::FinancialEventsModel</name>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>sp::GuidedStartChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Three steps make your profit figures complete.</source>
        <translation>Drei Schritte machen Ihre Gewinnzahlen vollständig.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Hide this list for good. Settings and the products page still have everything.</source>
        <translation>Diese Liste dauerhaft ausblenden. Die Einstellungen und die Produktseite bieten weiterhin alles.</translation>
    </message>
    <message>
        <source>Dismiss the getting started list</source>
        <translation>Liste „Erste Schritte“ ausblenden</translation>
    </message>
    <message>
        <source>Connect your Amazon seller account</source>
        <translation>Verbinden Sie Ihr Amazon-Verkäuferkonto</translation>
    </message>
    <message>
        <source>Connect &amp;Amazon...</source>
        <translation>&amp;Amazon verbinden...</translation>
    </message>
    <message>
        <source>Enter the unit costs of the products you sell</source>
        <translation>Geben Sie die Stückkosten Ihrer verkauften Produkte ein</translation>
    </message>
    <message>
        <source>Enter unit &amp;costs...</source>
        <translation>&amp;Stückkosten eingeben...</translation>
    </message>
    <message>
        <source>Choose your home currency</source>
        <translation>Wählen Sie Ihre Hauswährung</translation>
    </message>
    <message>
        <source>Choose c&amp;urrency...</source>
        <translation>&amp;Währung wählen...</translation>
    </message>
    <message>
        <source>Connected: your orders, fees and stock are downloaded.</source>
        <translation>Verbunden: Ihre Bestellungen, Gebühren und Bestände werden heruntergeladen.</translation>
    </message>
    <message>
        <source>SellerPulse reads your orders, fees and stock from Amazon once you allow it.</source>
        <translation>SellerPulse liest Ihre Bestellungen, Gebühren und Bestände bei Amazon, sobald Sie es erlauben.</translation>
    </message>
    <message>
        <source>Cost of goods needs what you pay for one unit of each product.</source>
        <translation>Für die Warenkosten braucht SellerPulse, was Sie für eine Einheit jedes Produkts bezahlen.</translation>
    </message>
    <message>
        <source>Every product you sold has a unit cost.</source>
        <translation>Jedes verkaufte Produkt hat Stückkosten.</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost: its cost of goods is incomplete.</source>
        <translation>1 Produkt ohne Stückkosten verkauft: Seine Warenkosten sind unvollständig.</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost: their cost of goods is incomplete.</source>
        <translation>%1 Produkte ohne Stückkosten verkauft: Ihre Warenkosten sind unvollständig.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in %1.</source>
        <translation>Das Dashboard rechnet alle Marktplätze in %1 zusammen.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in one currency: pick yours.</source>
        <translation>Das Dashboard rechnet alle Marktplätze in einer Währung zusammen: Wählen Sie Ihre.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencyChooser</name>
    <message>
        <source>&amp;Home currency:</source>
        <translation>&amp;Hauswährung:</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Hauswährung</translation>
    </message>
    <message>
        <source>The dashboard adds up every marketplace in this currency, at daily reference rates.</source>
        <translation>Die Übersicht rechnet alle Marktplätze zu täglichen Referenzkursen in diese Währung um.</translation>
    </message>
    <message>
        <source>Automatic (EUR)</source>
        <translation>Automatisch (EUR)</translation>
    </message>
    <message>
        <source>Automatic (%1 if rates cover it, otherwise EUR)</source>
        <translation>Automatisch (%1, wenn es Kurse dafür gibt, sonst EUR)</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencySummary</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Amazon-Gebühren</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>All marketplaces in %1</source>
        <translation>Alle Marktplätze in %1</translation>
    </message>
    <message>
        <source>%1, all marketplaces converted into %2</source>
        <translation>%1, alle Marktplätze umgerechnet in %2</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Keine Verkäufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Noch keine Daten heruntergeladen.</translation>
    </message>
    <message>
        <source>Converted at daily ECB-style reference rates, each day at its own rate.</source>
        <translation>Umgerechnet zu täglichen Referenzkursen (wie die EZB), jeder Tag zu seinem eigenen Kurs.</translation>
    </message>
    <message>
        <source>Rates of %1 to %2 (weekends and holidays: the latest earlier rate), into %3 from %4.</source>
        <translation>Kurse vom %1 bis %2 (Wochenenden und Feiertage: der letzte frühere Kurs), in %3 aus %4.</translation>
    </message>
    <message>
        <source>Every figure is already in %1: nothing to convert.</source>
        <translation>Alle Zahlen sind bereits in %1: Es gibt nichts umzurechnen.</translation>
    </message>
    <message>
        <source>Exchange rates not yet downloaded for %1: the totals in %2 are shown once the next sync has brought them.</source>
        <translation>Für %1 sind noch keine Wechselkurse heruntergeladen: Die Summen in %2 erscheinen, sobald die nächste Synchronisierung sie gebracht hat.</translation>
    </message>
</context>
<context>
    <name>sp::JobProgressPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p %</translation>
    </message>
</context>
<context>
    <name>sp::JournalCsv</name>
    <message>
        <source>Sales</source>
        <translation>Umsätze</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Amazon fee</source>
        <translation>Amazon-Gebühr</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Reserve held</source>
        <translation>Reserve einbehalten</translation>
    </message>
    <message>
        <source>Reserve released</source>
        <translation>Reserve freigegeben</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Erstattung von Amazon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Amazon payout %1</source>
        <translation>Amazon-Auszahlung %1</translation>
    </message>
    <message>
        <source>Input VAT %1 %: %2</source>
        <translation>Vorsteuer %1 %: %2</translation>
    </message>
</context>
<context>
    <name>sp::KeychainUnavailableDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Continue for this session only</source>
        <translation>Nur für diese Sitzung &amp;fortfahren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>SellerPulse keeps your sign-in in the system keychain. Unlock the keychain and choose Retry, or enter your password to continue for this session only: you will have to sign in again next time.</source>
        <translation>SellerPulse bewahrt Ihre Anmeldung im Schlüsselbund des Systems auf. Entsperren Sie den Schlüsselbund und wählen Sie „Erneut versuchen“, oder geben Sie Ihr Passwort ein, um nur für diese Sitzung fortzufahren: Beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue for this session only</source>
        <translation>Nur für diese Sitzung fortfahren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter your email and password to continue without the keychain.</source>
        <translation>Geben Sie E-Mail-Adresse und Passwort ein, um ohne Schlüsselbund fortzufahren.</translation>
    </message>
</context>
<context>
    <name>sp::LanguageChooser</name>
    <message>
        <source>The language changes the next time you start SellerPulse.</source>
        <translation>Die Sprache wechselt beim nächsten Start von SellerPulse.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Restart SellerPulse in the chosen language</source>
        <translation>SellerPulse in der gewählten Sprache neu starten</translation>
    </message>
</context>
<context>
    <name>sp::LocalSandbox</name>
    <message>
        <source>The local sandbox program was not found at %1. Reinstall SellerPulse.</source>
        <translation>Das Programm der lokalen Sandbox wurde unter %1 nicht gefunden. Installieren Sie SellerPulse neu.</translation>
    </message>
    <message>
        <source>The sandbox folder %1 cannot be created.</source>
        <translation>Der Sandbox-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local sandbox reported an address SellerPulse cannot use.</source>
        <translation>Die lokale Sandbox hat eine Adresse gemeldet, die SellerPulse nicht verwenden kann.</translation>
    </message>
    <message>
        <source>The local sandbox crashed.</source>
        <translation>Die lokale Sandbox ist abgestürzt.</translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation>Die lokale Sandbox wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Its last message: %1</source>
        <translation>Letzte Meldung: %1</translation>
    </message>
</context>
<context>
    <name>sp::LoopbackRedirectListener</name>
    <message>
        <source>Return to SellerPulse</source>
        <translation>Zurück zu SellerPulse</translation>
    </message>
    <message>
        <source>You chose not to connect your Amazon account. You can close this tab.</source>
        <translation>Sie haben sich entschieden, Ihr Amazon-Konto nicht zu verbinden. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Amazon has approved. Return to SellerPulse to check the Amazon account and finish connecting it. You can close this tab.</source>
        <translation>Amazon hat zugestimmt. Kehren Sie zu SellerPulse zurück, um das Amazon-Konto zu prüfen und die Verbindung abzuschließen. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>sp::MainWindow</name>
    <message>
        <source>SellerPulse</source>
        <translation>SellerPulse</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Inhalt des Bereichs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Produkte und Bestand</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Cache zurücksetzen und neu herunterladen</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: %1 Nothing was deleted.</source>
        <translation>Die Offline-Daten auf diesem Computer können nicht gelesen werden: %1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Nachbestellung</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
</context>
<context>
    <name>sp::MainWindowActions</name>
    <message>
        <source>Change &amp;password...</source>
        <translation>&amp;Passwort ändern …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Download what changed on the server now (F5)</source>
        <translation>Änderungen jetzt vom Server herunterladen (F5)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Create support bundle...</source>
        <translation>Supportpaket &amp;erstellen …</translation>
    </message>
    <message>
        <source>&amp;Open support bundle...</source>
        <translation>Supportpaket ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Chec&amp;k the offline copy</source>
        <translation>Offline-Kopie &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;About SellerPulse</source>
        <translation>Über &amp;SellerPulse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Check the offline copy</source>
        <translation>Offline-Kopie prüfen</translation>
    </message>
</context>
<context>
    <name>sp::MarketplaceFilterButton</name>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message>
        <source>1 marketplace</source>
        <translation>1 Marktplatz</translation>
    </message>
    <message>
        <source>%1 marketplaces</source>
        <translation>%1 Marktplätze</translation>
    </message>
</context>
<context>
    <name>sp::MoneyText</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>sp::MonthForecast</name>
    <message>
        <source>No forecast on the first day of a month: it starts from the first complete day.</source>
        <translation>Keine Prognose am ersten Tag eines Monats: Sie beginnt mit dem ersten vollständigen Tag.</translation>
    </message>
    <message>
        <source>No sales so far this month: nothing to forecast from.</source>
        <translation>Bisher keine Verkäufe in diesem Monat: keine Grundlage für eine Prognose.</translation>
    </message>
    <message>
        <source>The month is over: these are its actual figures.</source>
        <translation>Der Monat ist vorbei: Dies sind seine tatsächlichen Zahlen.</translation>
    </message>
    <message>
        <source>Forecast from the run rate of 1 day</source>
        <translation>Prognose aus der Tagesrate von 1 Tag</translation>
    </message>
    <message>
        <source>Forecast from the run rate of %1 days</source>
        <translation>Prognose aus der Tagesrate von %1 Tagen</translation>
    </message>
    <message>
        <source>%1, adjusted by last year&apos;s %2</source>
        <extracomment>%1 is &quot;Forecast from the run rate of N days&quot;, %2 a month&apos;s name (&quot;December&quot;)</extracomment>
        <translation>%1, angepasst an den Vorjahresverlauf im %2</translation>
    </message>
</context>
<context>
    <name>sp::NextPayoutLabel</name>
    <message>
        <source>%1 so far in the open period, expected about %2</source>
        <translation>%1 bisher im offenen Zeitraum, voraussichtlich um den %2</translation>
    </message>
    <message>
        <source>%1 on its way, expected %2</source>
        <translation>%1 unterwegs, voraussichtlich am %2</translation>
    </message>
    <message>
        <source>Next payouts: %1</source>
        <translation>Nächste Auszahlungen: %1</translation>
    </message>
</context>
<context>
    <name>sp::OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Artikel der Bestellung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation>ASIN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Fees and refunds of the order</source>
        <translation>Gebühren und Erstattungen der Bestellung</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Fees, charges and refunds</source>
        <translation>Gebühren, Belastungen und Erstattungen</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Keine Bestellung ausgewählt</translation>
    </message>
    <message>
        <source>Choose an order to see its items, fees and refunds.</source>
        <translation>Wählen Sie eine Bestellung, um ihre Artikel, Gebühren und Erstattungen zu sehen.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Items: %1; nothing posted for this order yet.</source>
        <translation>Artikel: %1; für diese Bestellung wurde noch nichts gebucht.</translation>
    </message>
    <message>
        <source>Items: %1; posted in total: %2</source>
        <translation>Artikel: %1; insgesamt gebucht: %2</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Die Bestellung wird gelesen …</translation>
    </message>
</context>
<context>
    <name>sp::OrdersModel</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>sp::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen durchsuchen</translation>
    </message>
    <message>
        <source>Search by order id, SKU, ASIN or title</source>
        <translation>Nach Bestellnummer, SKU, ASIN oder Titel suchen</translation>
    </message>
    <message>
        <source>Order columns</source>
        <translation>Spalten der Bestellungen</translation>
    </message>
    <message>
        <source>Order rows</source>
        <translation>Zeilen der Bestellungen</translation>
    </message>
    <message>
        <source>Select all orders</source>
        <translation>Alle Bestellungen auswählen</translation>
    </message>
    <message>
        <source>No orders downloaded yet</source>
        <translation>Noch keine Bestellungen heruntergeladen</translation>
    </message>
    <message>
        <source>1 matching order</source>
        <translation>1 passende Bestellung</translation>
    </message>
    <message>
        <source>%1 matching orders</source>
        <translation>%1 passende Bestellungen</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 Bestellungen</translation>
    </message>
    <message>
        <source>Purchased from</source>
        <translation>Gekauft ab</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Filter by purchase date</source>
        <translation>Nach Kaufdatum filtern</translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation>Gekauft bis</translation>
    </message>
    <message>
        <source>Columns...</source>
        <translation>Spalten …</translation>
    </message>
    <message>
        <source>Choose the order columns</source>
        <translation>Spalten der Bestellungen wählen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Alle Marktplätze</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1+ matching orders</source>
        <translation>%1+ passende Bestellungen</translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation>%1+ Bestellungen</translation>
    </message>
</context>
<context>
    <name>sp::PayoutCheck</name>
    <message>
        <source>A payout has no settlement id; nothing was written.</source>
        <translation>Eine Auszahlung hat keine Abrechnungsnummer; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Payout %1 has no currency; nothing was written.</source>
        <translation>Auszahlung %1 hat keine Währung; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Payout %1 has no valid settlement period; nothing was written.</source>
        <translation>Auszahlung %1 hat keinen gültigen Abrechnungszeitraum; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>Auszahlung %1 ist größer, als eine Buchhaltungsdatei fassen kann; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2 but one of its lines is in %3; nothing was written.</source>
        <translation>Auszahlung %1 ist in %2, aber einer ihrer Posten in %3; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>keiner Währung</translation>
    </message>
    <message>
        <source>A line of payout %1 has no date; nothing was written.</source>
        <translation>Ein Posten der Auszahlung %1 hat kein Datum; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>A line of payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>Ein Posten der Auszahlung %1 ist größer, als eine Buchhaltungsdatei fassen kann; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Payout %1 does not balance: its lines add up to %2 %4 but the payout is %3 %4 (difference %5 %4); nothing was written.</source>
        <translation>Auszahlung %1 geht nicht auf: Ihre Posten ergeben %2 %4, die Auszahlung beträgt aber %3 %4 (Differenz %5 %4); es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutPostings</name>
    <message>
        <source>The VAT rate on fees must be from 0 to 100 %.</source>
        <translation>Der Umsatzsteuersatz auf Gebühren muss zwischen 0 und 100 % liegen.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ausgezahlt am</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What the payout is made of</source>
        <translation>Woraus sich die Auszahlung zusammensetzt</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Open: still growing</source>
        <translation>Offen: wächst noch</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Keine Auszahlung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (voraussichtlich)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Verkäufe: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Erstattungen: %1</translation>
    </message>
    <message>
        <source>Amazon fee: %1</source>
        <translation>Amazon-Gebühr: %1</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Rückvergütungen</translation>
    </message>
    <message>
        <source>Reserve released from the previous payout</source>
        <translation>Freigegebene Reserve der vorigen Auszahlung</translation>
    </message>
    <message>
        <source>Reserve held back by Amazon</source>
        <translation>Von Amazon einbehaltene Reserve</translation>
    </message>
    <message>
        <source>Other: %1, %2</source>
        <translation>Sonstiges: %1, %2</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>No payouts downloaded yet.</source>
        <translation>Noch keine Auszahlungen heruntergeladen.</translation>
    </message>
    <message>
        <source>No payouts yet: Amazon pays about every 14 days.</source>
        <translation>Noch keine Auszahlungen: Amazon zahlt etwa alle 14 Tage aus.</translation>
    </message>
    <message>
        <source>1 payout</source>
        <translation>1 Auszahlung</translation>
    </message>
    <message>
        <source>%1 payouts</source>
        <translation>%1 Auszahlungen</translation>
    </message>
    <message>
        <source>Select a payout to see what it is made of.</source>
        <translation>Wählen Sie eine Auszahlung, um zu sehen, woraus sie sich zusammensetzt.</translation>
    </message>
    <message>
        <source>%1 (net %2)</source>
        <translation>%1 (netto %2)</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Payout of %1 — orders settled: %2</source>
        <translation>Auszahlung für %1 — abgerechnete Bestellungen: %2</translation>
    </message>
    <message>
        <source>Difference: %1 — matches the payout.</source>
        <translation>Differenz: %1 — stimmt mit der Auszahlung überein.</translation>
    </message>
    <message>
        <source>Difference: %1 — this computer has %2 of the payout&apos;s %3 events; the next sync downloads the rest.</source>
        <translation>Differenz: %1 — dieser Computer hat %2 der %3 Buchungen dieser Auszahlung; die nächste Synchronisierung lädt den Rest herunter.</translation>
    </message>
    <message>
        <source>Difference: %1 — the events do not add up to the amount Amazon reports. Sync again; if it stays, create a support bundle (Help menu).</source>
        <translation>Differenz: %1 — die Buchungen ergeben nicht den Betrag, den Amazon meldet. Synchronisieren Sie erneut; bleibt sie bestehen, erstellen Sie ein Support-Paket (Menü Hilfe).</translation>
    </message>
    <message>
        <source>The period is still open: the amount grows until it ends.</source>
        <translation>Der Zeitraum ist noch offen: Der Betrag wächst bis zu seinem Ende.</translation>
    </message>
    <message>
        <source>Orders the payout settles</source>
        <translation>Mit der Auszahlung abgerechnete Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>1 event of this order in the payout</source>
        <translation>1 Buchung dieser Bestellung in der Auszahlung</translation>
    </message>
    <message>
        <source>%1 events of this order in the payout</source>
        <translation>%1 Buchungen dieser Bestellung in der Auszahlung</translation>
    </message>
    <message>
        <source>No orders in this payout.</source>
        <translation>Keine Bestellungen in dieser Auszahlung.</translation>
    </message>
    <message>
        <source>First %1 of %2 orders (by order number).</source>
        <translation>Die ersten %1 von %2 Bestellungen (nach Bestellnummer).</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 Bestellung</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 Bestellungen</translation>
    </message>
    <message>
        <source>What this payout holds for each order: the sum of the order&apos;s events in it (the sale, Amazon&apos;s fees, refunds). The purchase day is empty when this computer does not have the order.</source>
        <translation>Was diese Auszahlung für jede Bestellung enthält: die Summe der Buchungen der Bestellung darin (Verkauf, Amazon-Gebühren, Erstattungen). Das Kaufdatum bleibt leer, wenn dieser Computer die Bestellung nicht hat.</translation>
    </message>
    <message>
        <source>about %1 (expected)</source>
        <translation>etwa %1 (erwartet)</translation>
    </message>
</context>
<context>
    <name>sp::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>Das PDF konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No rows for this period.</source>
        <translation>Keine Zeilen für diesen Zeitraum.</translation>
    </message>
</context>
<context>
    <name>sp::PeriodFilterBar</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Aktueller Monat bis heute</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Aktuelles Jahr bis heute</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsClient</name>
    <message>
        <source>The server&apos;s answer about permissions was not understood.</source>
        <translation>Die Antwort des Servers zu den Berechtigungen wurde nicht verstanden.</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsSection</name>
    <message>
        <source>SellerPulse only reads your Amazon data unless you turn on a feature below. Each one asks you to confirm what it allows; you can turn it off at any time.</source>
        <translation>SellerPulse liest Ihre Amazon-Daten nur, solange Sie unten keine Funktion einschalten. Jede fragt Sie, was sie erlaubt; Sie können sie jederzeit ausschalten.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation>%1 ist eingeschaltet.</translation>
    </message>
    <message>
        <source>%1 is off.</source>
        <translation>%1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>On since %1</source>
        <translation>Eingeschaltet seit %1</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <source>%1

This changes data on your Amazon account. Turn it on?</source>
        <translation>%1

Dies ändert Daten in Ihrem Amazon-Konto. Einschalten?</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
</context>
<context>
    <name>sp::PlanningWiring</name>
    <message>
        <source>Alerts (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>sp::ProductsModel</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>No unit cost entered: cost of goods incomplete</source>
        <translation>Keine Stückkosten eingegeben: Warenkosten unvollständig</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation>ASIN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Verkaufsfähig</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Nicht verkaufsfähig</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <comment>a unit cost, and how many other currencies have one</comment>
        <translation>%1 (+%2)</translation>
    </message>
</context>
<context>
    <name>sp::ProductsPage</name>
    <message>
        <source>&amp;Save unit cost</source>
        <translation>Stückkosten &amp;speichern</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Produkte und Bestand</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte durchsuchen</translation>
    </message>
    <message>
        <source>Search by SKU, ASIN or title</source>
        <translation>Nach SKU, ASIN oder Titel suchen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Unit cost of the chosen product</source>
        <translation>Stückkosten des gewählten Produkts</translation>
    </message>
    <message>
        <source>Currency of the unit cost</source>
        <translation>Währung der Stückkosten</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>e.g. 4.20</source>
        <translation>z. B. 4,20</translation>
    </message>
    <message>
        <source>Unit cost applies from</source>
        <translation>Stückkosten gelten ab</translation>
    </message>
    <message>
        <source>Save unit cost</source>
        <translation>Stückkosten speichern</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Cost per &amp;unit:</source>
        <translation>Kosten pro &amp;Einheit:</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Gilt &amp;ab:</translation>
    </message>
    <message>
        <source>No products downloaded yet</source>
        <translation>Noch keine Produkte heruntergeladen</translation>
    </message>
    <message>
        <source>Choose a product in the table</source>
        <translation>Wählen Sie ein Produkt in der Tabelle</translation>
    </message>
    <message>
        <source>Offline: unit costs are saved on the server, so entering one needs a connection.</source>
        <translation>Offline: Stückkosten werden auf dem Server gespeichert, daher braucht die Eingabe eine Verbindung.</translation>
    </message>
    <message>
        <source>Enter the cost of one unit as an amount, e.g. 4.20.</source>
        <translation>Geben Sie die Kosten einer Einheit als Betrag ein, z. B. 4,20.</translation>
    </message>
    <message>
        <source>Choose the currency of the unit cost.</source>
        <translation>Wählen Sie die Währung der Stückkosten.</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Cost of goods follows after the next sync.</source>
        <translation>Stückkosten von %1 gespeichert. Die Warenkosten folgen nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>The unit cost of %1 was not saved: %2</source>
        <translation>Die Stückkosten von %1 wurden nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 Produkt</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
    <message>
        <source>1 matching product</source>
        <translation>1 passendes Produkt</translation>
    </message>
    <message>
        <source>%1 matching products</source>
        <translation>%1 passende Produkte</translation>
    </message>
    <message>
        <source>Sold wi&amp;thout a cost</source>
        <translation>&amp;Ohne Stückkosten verkauft</translation>
    </message>
    <message>
        <source>Only products sold without a unit cost</source>
        <translation>Nur ohne Stückkosten verkaufte Produkte</translation>
    </message>
    <message>
        <source>Only the products sold without a unit cost for the day of the sale, highest revenue first: their cost of goods is incomplete.</source>
        <translation>Nur die Produkte, die ohne Stückkosten für den Verkaufstag verkauft wurden, umsatzstärkste zuerst: Ihre Warenkosten sind unvollständig.</translation>
    </message>
    <message>
        <source>Every product sold has a unit cost</source>
        <translation>Jedes verkaufte Produkt hat Stückkosten</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost</source>
        <translation>1 Produkt ohne Stückkosten verkauft</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost</source>
        <translation>%1 Produkte ohne Stückkosten verkauft</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Updating the cost of goods...</source>
        <translation>Stückkosten von %1 gespeichert. Die Warenkosten werden aktualisiert...</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. The cost of goods includes it now.</source>
        <translation>Stückkosten von %1 gespeichert. Die Warenkosten berücksichtigen sie jetzt.</translation>
    </message>
</context>
<context>
    <name>sp::Profile</name>
    <message>
        <source>The profile folder %1 cannot be created or protected. Check that it is writable.</source>
        <translation>Der Profilordner %1 kann nicht angelegt oder geschützt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>No folder for application data was found.</source>
        <translation>Es wurde kein Ordner für Anwendungsdaten gefunden.</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be written.</source>
        <translation>Die Profileinstellungen %1 können nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>sp::QtKeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable (%1).</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The value is too large for the system keychain (%1 bytes, at most %2).</source>
        <translation>Der Wert ist zu groß für den Schlüsselbund des Systems (%1 Bytes, höchstens %2).</translation>
    </message>
</context>
<context>
    <name>sp::ReportBuilder</name>
    <message>
        <source>Profit and loss by month</source>
        <translation>Gewinn und Verlust nach Monat</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Umsatz nach Produkt</translation>
    </message>
    <message>
        <source>Fee breakdown</source>
        <translation>Gebührenaufschlüsselung</translation>
    </message>
    <message>
        <source>Refunds and returns</source>
        <translation>Erstattungen und Rücksendungen</translation>
    </message>
    <message>
        <source>Inventory health</source>
        <translation>Bestandszustand</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Wählen Sie einen Zeitraum, dessen erster Tag nicht nach seinem letzten liegt.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Pending orders (estimated)</source>
        <translation>Ausstehende Bestellungen (geschätzt)</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Amazon-Gebühren</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Kostenerstattungen</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Warenkosten</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Umsatz und Nettogewinn nach Monat</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation>ASIN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Net profit (before advertising)</source>
        <translation>Nettogewinn (vor Werbung)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Share of fees</source>
        <translation>Anteil an den Gebühren</translation>
    </message>
    <message>
        <source>Fees by kind</source>
        <translation>Gebühren nach Art</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Verkaufte Einheiten</translation>
    </message>
    <message>
        <source>Refunded items</source>
        <translation>Erstattete Artikel</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Erstatteter Betrag</translation>
    </message>
    <message>
        <source>Refunded items per 100 units sold</source>
        <translation>Erstattete Artikel pro 100 verkaufte Einheiten</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Verkaufsfähig</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Nicht verkaufsfähig</translation>
    </message>
    <message>
        <source>Units sold (30 days)</source>
        <translation>Verkaufte Einheiten (30 Tage)</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite in Tagen</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Kaufdatum</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Sonstige Ausgaben</translation>
    </message>
</context>
<context>
    <name>sp::ReportHeaderText</name>
    <message>
        <source>Snapshot (no period)</source>
        <translation>Momentaufnahme (kein Zeitraum)</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Marketplaces: all</source>
        <translation>Marktplätze: alle</translation>
    </message>
    <message>
        <source>Marketplaces: %1</source>
        <translation>Marktplätze: %1</translation>
    </message>
    <message>
        <source>Data as of: not synced yet</source>
        <translation>Datenstand: noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Data as of %1 UTC</source>
        <translation>Datenstand %1 UTC</translation>
    </message>
</context>
<context>
    <name>sp::ReportsPage</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Excel...</source>
        <translation>&amp;Excel exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Berichtszeitraum</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Bericht ab</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Bericht bis</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation>Als Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Berichtstabelle</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Berichtsdiagramm</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Wählen Sie einen Bericht.</translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>Wählen Sie einen Zeitraum, dessen Beginn nicht nach seinem Ende liegt.</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Noch keine Daten heruntergeladen</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Es gibt keinen Bericht zum Exportieren.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Ein anderer Export läuft noch.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportiere nach %1 …</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportiere</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>Der Export ist fehlgeschlagen, es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation>Erstellung des Berichts abbrechen</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt …</translation>
    </message>
    <message>
        <source>Report cancelled. Choose a report or period to build it again.</source>
        <translation>Bericht abgebrochen. Wählen Sie einen Bericht oder Zeitraum, um ihn erneut zu erstellen.</translation>
    </message>
    <message>
        <source>Report cancelled; the table still shows the previous report.</source>
        <translation>Bericht abgebrochen; die Tabelle zeigt weiterhin den vorherigen Bericht.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Die exportierte Datei öffnen</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Die exportierte Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>CSV for spreadsheets in this language: semicolons, decimal comma (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen in dieser Sprache: Semikolon, Dezimalkomma (*.csv)</translation>
    </message>
    <message>
        <source>CSV, international: commas, decimal point (*.csv)</source>
        <translation>CSV, international: Komma, Dezimalpunkt (*.csv)</translation>
    </message>
</context>
<context>
    <name>sp::RestockPage</name>
    <message>
        <source>Default lead time in days</source>
        <translation>Standard-Lieferzeit in Tagen</translation>
    </message>
    <message>
        <source>Default safety days</source>
        <translation>Standard-Sicherheitstage</translation>
    </message>
    <message>
        <source>Save &amp;default</source>
        <translation>&amp;Standard speichern</translation>
    </message>
    <message>
        <source>Lead time of the chosen SKU in days</source>
        <translation>Lieferzeit der gewählten SKU in Tagen</translation>
    </message>
    <message>
        <source>Safety days of the chosen SKU</source>
        <translation>Sicherheitstage der gewählten SKU</translation>
    </message>
    <message>
        <source>Save for this &amp;SKU</source>
        <translation>Für diese &amp;SKU speichern</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>&amp;Standard verwenden</translation>
    </message>
    <message>
        <source>Export purchase list as &amp;CSV…</source>
        <translation>Einkaufsliste als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export purchase list as E&amp;xcel…</source>
        <translation>Einkaufsliste als E&amp;xcel exportieren…</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Nachbestellung</translation>
    </message>
    <message>
        <source>When to reorder each SKU and how much, from its sales of the last 30 days, last year&apos;s season, its stock and your lead time and safety days. Hover over a column title for its formula.</source>
        <translation>Wann und wie viel Sie von jeder SKU nachbestellen sollten, aus ihren Verkäufen der letzten 30 Tage, der Saison des Vorjahres, ihrem Bestand und Ihrer Lieferzeit und Ihren Sicherheitstagen. Zeigen Sie auf einen Spaltentitel, um seine Formel zu sehen.</translation>
    </message>
    <message>
        <source>Restock plan</source>
        <translation>Nachbestellplan</translation>
    </message>
    <message>
        <source>Lead time and safety days of every SKU without its own.</source>
        <translation>Lieferzeit und Sicherheitstage jeder SKU ohne eigene Einstellung.</translation>
    </message>
    <message>
        <source>Remove this SKU&apos;s own setting: it follows the default again.</source>
        <translation>Die eigene Einstellung dieser SKU entfernen: Sie folgt wieder dem Standard.</translation>
    </message>
    <message>
        <source>Saving the default…</source>
        <translation>Standard wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Purchase list saved to %1.</source>
        <translation>Einkaufsliste unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Saved on the server; the plan follows after the next sync.</source>
        <translation>Auf dem Server gespeichert; der Plan folgt nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Default lead time (days):</source>
        <translation>Standard-Lieferzeit (Tage):</translation>
    </message>
    <message>
        <source>safety days:</source>
        <translation>Sicherheitstage:</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>Nicht gespeichert: Die Sitzung hat sich inzwischen geändert. Speichern Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) to reorder</source>
        <translation>
            <numerusform>%n SKU nachzubestellen</numerusform>
            <numerusform>%n SKUs nachzubestellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set yet: 30 lead days and 14 safety days apply.</source>
        <translation>Noch nicht festgelegt: Es gelten 30 Tage Lieferzeit und 14 Sicherheitstage.</translation>
    </message>
    <message>
        <source>Lead time and safety days of %1:</source>
        <translation>Lieferzeit und Sicherheitstage von %1:</translation>
    </message>
    <message>
        <source>Choose a SKU to set its own lead time and safety days.</source>
        <translation>Wählen Sie eine SKU, um ihre eigene Lieferzeit und Sicherheitstage festzulegen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>No SKU needs an order: the purchase list is empty.</source>
        <translation>Keine SKU muss bestellt werden: Die Einkaufsliste ist leer.</translation>
    </message>
    <message>
        <source>purchase-list</source>
        <translation>einkaufsliste</translation>
    </message>
    <message>
        <source>Export purchase list</source>
        <translation>Einkaufsliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Ein anderer Export läuft noch.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Export nach %1...</translation>
    </message>
</context>
<context>
    <name>sp::RestockPlanModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Verkaufsbereit</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Im Zulauf</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Sicherheitstage</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Bestellkosten</translation>
    </message>
    <message>
        <source>Units per day last year in the same weeks (52 weeks ago), over the coming lead time + safety days.</source>
        <translation>Einheiten pro Tag im Vorjahr in denselben Wochen (vor 52 Wochen), über die kommende Lieferzeit + Sicherheitstage.</translation>
    </message>
    <message>
        <source>Days from ordering until the stock can be sold (yours for this SKU, or the default).</source>
        <translation>Tage von der Bestellung, bis der Bestand verkauft werden kann (Ihre für diese SKU oder der Standard).</translation>
    </message>
    <message>
        <source>Days of stock kept in reserve on top of the lead time.</source>
        <translation>Tage Bestand, die zusätzlich zur Lieferzeit als Reserve bleiben.</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>keine Historie</translation>
    </message>
    <message>
        <source>no unit cost</source>
        <translation>keine Stückkosten</translation>
    </message>
    <message>
        <source>This SKU&apos;s own setting</source>
        <translation>Eigene Einstellung dieser SKU</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>Der Standard</translation>
    </message>
    <message>
        <source>Units per day: %1 over 7 days, %2 over 30 days, %3 over 90 days; last year in the coming weeks: %4</source>
        <translation>Einheiten pro Tag: %1 über 7 Tage, %2 über 30 Tage, %3 über 90 Tage; im Vorjahr in den kommenden Wochen: %4</translation>
    </message>
    <message>
        <source>Kept within 0.5 to 3.</source>
        <translation>Auf 0,5 bis 3 begrenzt.</translation>
    </message>
    <message>
        <source>For %1 lead days and %2 safety days (%3)</source>
        <translation>Für %1 Tage Lieferzeit und %2 Sicherheitstage (%3)</translation>
    </message>
</context>
<context>
    <name>sp::RestockPurchaseList</name>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>Far East</source>
        <translation>Ferner Osten</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Jetzt bestellen</translation>
    </message>
    <message>
        <source>Order by %1</source>
        <translation>Bestellen bis %1</translation>
    </message>
    <message>
        <source>Units sold per day over the whole days before today (7, 30 or 90 days), every marketplace of the region together. The plan uses the 30-day figure times the season factor.</source>
        <translation>Verkaufte Einheiten pro Tag über die ganzen Tage vor heute (7, 30 oder 90 Tage), alle Marktplätze der Region zusammen. Der Plan verwendet den 30-Tage-Wert mal den Saisonfaktor.</translation>
    </message>
    <message>
        <source>Season factor: last year&apos;s units per day in the coming lead time + safety days (52 weeks ago), divided by last year&apos;s units per day in the 30 days before that, kept between 0.5 and 3. It is 1 without a year of history (no sale in a month before last year&apos;s 30 days) or without sales in those 30 days.</source>
        <translation>Saisonfaktor: Einheiten pro Tag des Vorjahres in der kommenden Lieferzeit + Sicherheitstage (vor 52 Wochen), geteilt durch die Einheiten pro Tag des Vorjahres in den 30 Tagen davor, begrenzt auf 0,5 bis 3. Er ist 1 ohne ein Jahr Historie (kein Verkauf in einem Monat vor den 30 Tagen des Vorjahres) oder ohne Verkäufe in diesen 30 Tagen.</translation>
    </message>
    <message>
        <source>Days of cover = (fulfillable + inbound) / planned units per day, where planned units per day = 30-day units per day x season factor.</source>
        <translation>Reichweite = (verkaufsbereit + im Zulauf) / geplante Einheiten pro Tag, wobei geplante Einheiten pro Tag = Einheiten pro Tag über 30 Tage x Saisonfaktor.</translation>
    </message>
    <message>
        <source>Quantity = planned units per day x (lead time + safety days + 30), rounded up, minus fulfillable and inbound stock; never below zero. A SKU that sells nothing needs no order.</source>
        <translation>Menge = geplante Einheiten pro Tag x (Lieferzeit + Sicherheitstage + 30), aufgerundet, minus verkaufsbereiter Bestand und Bestand im Zulauf; nie unter null. Eine SKU ohne Verkäufe braucht keine Bestellung.</translation>
    </message>
    <message>
        <source>Unit cost in force today x quantity, in the currency the SKU sold most in over 90 days in that region. Empty without a unit cost.</source>
        <translation>Heute gültige Stückkosten x Menge, in der Währung, in der die SKU in dieser Region in 90 Tagen am meisten verkauft hat. Leer ohne Stückkosten.</translation>
    </message>
    <message>
        <source>Purchase list</source>
        <translation>Einkaufsliste</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Reorder by</source>
        <translation>Bestellen bis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Verkaufsbereit</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Im Zulauf</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Lieferzeit (Tage)</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Sicherheitstage</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Bestellkosten</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Keine Verkäufe</translation>
    </message>
    <message>
        <source>Reorder date = today + the whole days of cover left after lead time and safety days (never before today). Out of stock and order-now rows come first; a SKU without sales needs no order.</source>
        <translation>Bestelldatum = heute + die ganzen Tage Reichweite, die nach Lieferzeit und Sicherheitstagen bleiben (nie vor heute). Nicht vorrätige und sofort zu bestellende Zeilen stehen oben; eine SKU ohne Verkäufe braucht keine Bestellung.</translation>
    </message>
</context>
<context>
    <name>sp::RestockSettingsClient</name>
    <message>
        <source>Lead times and safety days can be changed when SellerPulse is online; you are offline.</source>
        <translation>Lieferzeiten und Sicherheitstage können geändert werden, wenn SellerPulse online ist; Sie sind offline.</translation>
    </message>
    <message>
        <source>The server did not accept these values: the lead time must be 1 to 365 days, the safety days 0 to 365. Correct them and save again.</source>
        <translation>Der Server hat diese Werte nicht angenommen: Die Lieferzeit muss 1 bis 365 Tage betragen, die Sicherheitstage 0 bis 365. Korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The server does not know this SKU (or it has no setting of its own). Sync, then try again.</source>
        <translation>Der Server kennt diese SKU nicht (oder sie hat keine eigene Einstellung). Synchronisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter a lead time of 1 to 365 days and 0 to 365 safety days.</source>
        <translation>Geben Sie eine Lieferzeit von 1 bis 365 Tagen und 0 bis 365 Sicherheitstage ein.</translation>
    </message>
</context>
<context>
    <name>sp::RunMarker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sp::SalesSummary</name>
    <message>
        <source>The offline cache&apos;s summaries could not be updated (%1).</source>
        <translation>Die Zusammenfassungen der Offline-Daten konnten nicht aktualisiert werden (%1).</translation>
    </message>
</context>
<context>
    <name>sp::ServerChoice</name>
    <message>
        <source>A CA file cannot be used for the SellerPulse cloud: its certificate is checked against the system&apos;s certificate authorities only.</source>
        <translation>Eine CA-Datei kann nicht für die SellerPulse-Cloud verwendet werden: Ihr Zertifikat wird ausschließlich anhand der Zertifizierungsstellen des Systems geprüft.</translation>
    </message>
    <message>
        <source>SellerPulse</source>
        <translation>SellerPulse</translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation>lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>sp::ServerConfig</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is too large to be a certificate file.</source>
        <translation>Die CA-Datei %1 ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>sp::Session</name>
    <message>
        <source>The system keychain is locked or unavailable, so your saved session cannot be read. Unlock the keychain and retry, or sign in for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar, daher kann Ihre gespeicherte Sitzung nicht gelesen werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder melden Sie sich nur für diese Sitzung an.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere: the password was changed or this session was ended on another device. Sign in again.</source>
        <translation>Sie wurden an anderer Stelle abgemeldet: Das Passwort wurde geändert oder diese Sitzung auf einem anderen Gerät beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again; if this happens again, change your password.</source>
        <translation>Ihre Sitzung wurde zu Ihrer Sicherheit beendet, weil ihr Anmelde-Token zweimal verwendet wurde. Melden Sie sich erneut an; wenn das wieder passiert, ändern Sie Ihr Passwort.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1), so you will need to sign in again next time. Unlock the keychain, or check that a Secret Service (such as GNOME Keyring or KWallet) is running. Until you quit, you stay signed in.</source>
        <translation>Ihre Anmeldung konnte nicht im Schlüsselbund des Systems gespeichert werden (%1), daher müssen Sie sich beim nächsten Mal erneut anmelden. Entsperren Sie den Schlüsselbund oder prüfen Sie, ob ein Secret Service (etwa GNOME Keyring oder KWallet) läuft. Bis Sie SellerPulse beenden, bleiben Sie angemeldet.</translation>
    </message>
    <message>
        <source>Your saved sign-in belongs to another server, or this server&apos;s certificate has changed, so it was not sent and has been removed. Sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung gehört zu einem anderen Server, oder das Zertifikat dieses Servers hat sich geändert, daher wurde sie nicht gesendet und wurde entfernt. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>sp::SessionHost</name>
    <message>
        <source>Sign out before choosing another server.</source>
        <translation>Melden Sie sich ab, bevor Sie einen anderen Server wählen.</translation>
    </message>
</context>
<context>
    <name>sp::SettingsPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Reset the cache and download again...</source>
        <translation>Cache zurücksetzen und neu herunterladen …</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Only when I ask (Sync now)</source>
        <translation>Nur auf Anforderung (Jetzt synchronisieren)</translation>
    </message>
    <message>
        <source>How often SellerPulse downloads what changed; 0 for only on demand.</source>
        <translation>Wie oft SellerPulse Änderungen herunterlädt; 0 für nur auf Anforderung.</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Cache zurücksetzen und neu herunterladen</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Offline-Daten</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Synchronisieren alle:</translation>
    </message>
    <message>
        <source>Reset the cache</source>
        <translation>Cache zurücksetzen</translation>
    </message>
    <message>
        <source>Delete the downloaded data of this account from this computer and download everything again? Until the download is complete, less is readable offline.</source>
        <translation>Die heruntergeladenen Daten dieses Kontos von diesem Computer löschen und alles erneut herunterladen? Bis der Download abgeschlossen ist, ist offline weniger lesbar.</translation>
    </message>
    <message>
        <source>Reset and download again</source>
        <translation>Zurücksetzen und neu herunterladen</translation>
    </message>
    <message>
        <source>Account and security</source>
        <translation>Konto und Sicherheit</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Amazon-Verbindung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
</context>
<context>
    <name>sp::SettingsSecuritySection</name>
    <message>
        <source>Change password...</source>
        <translation>Passwort ändern …</translation>
    </message>
    <message>
        <source>Sign out...</source>
        <translation>Abmelden …</translation>
    </message>
    <message>
        <source>Sign out everywhere...</source>
        <translation>Überall abmelden …</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Security contact</source>
        <translation>Sicherheitskontakt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Changing your password signs out all your other devices at once.</source>
        <translation>Eine Änderung Ihres Passworts meldet sofort alle Ihre anderen Geräte ab.</translation>
    </message>
    <message>
        <source>Every device, this one included, was signed out.</source>
        <translation>Alle Geräte, einschließlich dieses, wurden abgemeldet.</translation>
    </message>
    <message>
        <source>Found a security problem? Write to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we answer within %2 hours. How SellerPulse protects your data: &lt;a href=&quot;%3&quot;&gt;security and data protection&lt;/a&gt;.</source>
        <translation>Ein Sicherheitsproblem gefunden? Schreiben Sie an &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; wir antworten innerhalb von %2 Stunden. Wie SellerPulse Ihre Daten schützt: &lt;a href=&quot;%3&quot;&gt;Sicherheit und Datenschutz&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Sign out on every device where your account is signed in, this computer included? Each device asks for the password again.</source>
        <translation>Auf allen Geräten abmelden, auf denen Ihr Konto angemeldet ist, einschließlich dieses Computers? Jedes Gerät fragt erneut nach dem Passwort.</translation>
    </message>
</context>
<context>
    <name>sp::SettledShareLabel</name>
    <message>
        <source>Settled: the money of this period&apos;s Amazon events (sales, fees, refunds, advertising) that is in a closed payout, paid out or on its way to your bank. Amazon no longer changes it.
Still estimated: events in the payout period still open, or not yet in any payout; their amounts can still change until Amazon closes the period.</source>
        <translation>Abgerechnet: das Geld aus den Amazon-Buchungen dieses Zeitraums (Verkäufe, Gebühren, Erstattungen, Werbung), das in einer abgeschlossenen Auszahlung steckt, ausgezahlt oder unterwegs zu Ihrer Bank. Amazon ändert es nicht mehr.
Noch geschätzt: Buchungen im noch offenen Auszahlungszeitraum oder noch in keiner Auszahlung; ihre Beträge können sich ändern, bis Amazon den Zeitraum abschließt.</translation>
    </message>
    <message>
        <source>%1: %2 settled (paid out or on its way); %3 still estimated (open payout period)</source>
        <translation>%1: %2 abgerechnet (ausgezahlt oder unterwegs); %3 noch geschätzt (offener Auszahlungszeitraum)</translation>
    </message>
    <message>
        <source>%1: %2 % settled (%3, paid out or on its way); %4 % still estimated (%5, open payout period)</source>
        <translation>%1: %2 % abgerechnet (%3, ausgezahlt oder unterwegs); %4 % noch geschätzt (%5, offener Auszahlungszeitraum)</translation>
    </message>
</context>
<context>
    <name>sp::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>SellerPulse cloud (%1)</source>
        <translation>SellerPulse-Cloud (%1)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Sign in to SellerPulse</source>
        <translation>Bei SellerPulse anmelden</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Advanced server settings</source>
        <translation>Erweiterte Servereinstellungen</translation>
    </message>
    <message>
        <source>SellerPulse cloud</source>
        <translation>SellerPulse-Cloud</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Nur für einen Server mit eigenem Zertifikat</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Enter the email address of your SellerPulse account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres SellerPulse-Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>This server cannot be used: %1</source>
        <translation>Dieser Server kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>Das CA-Zertifikat des Servers auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sp::SignOutDialog</name>
    <message>
        <source>Also remove this computer&apos;s SellerPulse data for this account</source>
        <translation>Auch die SellerPulse-Daten dieses Kontos auf diesem Computer entfernen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse?</source>
        <translation>Von SellerPulse abmelden?</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse as %1?</source>
        <translation>Als %1 von SellerPulse abmelden?</translation>
    </message>
    <message>
        <source>The downloaded orders, products and finances of this account are deleted from this computer, and their key is removed from the system keychain. Your data on the server stays. Without this, the encrypted copy stays for your next sign-in.</source>
        <translation>Die heruntergeladenen Bestellungen, Produkte und Finanzdaten dieses Kontos werden von diesem Computer gelöscht und ihr Schlüssel wird aus dem Schlüsselbund des Systems entfernt. Ihre Daten auf dem Server bleiben erhalten. Ohne diese Option bleibt die verschlüsselte Kopie für Ihre nächste Anmeldung erhalten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sp::SingleInstance</name>
    <message>
        <source>SellerPulse is already running with this profile; its window was brought to the front.</source>
        <translation>SellerPulse läuft bereits mit diesem Profil; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile, but it did not answer.</source>
        <translation>SellerPulse läuft bereits mit diesem Profil, hat aber nicht geantwortet.</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: %1</source>
        <translation>Es konnte nicht sichergestellt werden, dass SellerPulse für dieses Profil nur einmal läuft: %1</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: there is no private folder for its socket.</source>
        <translation>Es konnte nicht sichergestellt werden, dass SellerPulse für dieses Profil nur einmal läuft: Es gibt keinen privaten Ordner für seinen Socket.</translation>
    </message>
</context>
<context>
    <name>sp::SmokeTest</name>
    <message>
        <source>signing in needs the user: %1</source>
        <translation>die Anmeldung braucht den Benutzer: %1</translation>
    </message>
    <message>
        <source>the main window was not shown and signed in within %1 s</source>
        <translation>das Hauptfenster wurde nicht innerhalb von %1 s angemeldet angezeigt</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; no screenshot was taken, so that its session is left alone.</source>
        <translation>SellerPulse läuft bereits mit diesem Profil; es wurde kein Screenshot erstellt, damit seine Sitzung unberührt bleibt.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; the smoke test leaves its session alone.</source>
        <translation>SellerPulse läuft bereits mit diesem Profil; der Smoke-Test lässt seine Sitzung unberührt.</translation>
    </message>
    <message>
        <source>the first sync did not finish within %1 s, so the dashboard has no data to show</source>
        <translation>die erste Synchronisierung wurde nicht innerhalb von %1 s abgeschlossen, daher hat das Dashboard keine Daten</translation>
    </message>
    <message>
        <source>the first sync failed, so the dashboard has no data to show: %1</source>
        <translation>die erste Synchronisierung ist fehlgeschlagen, daher hat das Dashboard keine Daten: %1</translation>
    </message>
</context>
<context>
    <name>sp::SummarySql</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Die Offline-Daten konnten nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>sp::SupportActions</name>
    <message>
        <source>Open support bundle</source>
        <translation>Supportpaket öffnen</translation>
    </message>
    <message>
        <source>Support bundles (*.zip);;All files (*)</source>
        <translation>Supportpakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly</source>
        <translation>SellerPulse wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly the last time it ran. If it happens again, a support bundle helps us find out why: it holds versions, settings and the recent log, and you see everything in it before you save it.</source>
        <translation>SellerPulse wurde bei der letzten Ausführung unerwartet beendet. Wenn das wieder passiert, hilft uns ein Supportpaket, die Ursache zu finden: Es enthält Versionen, Einstellungen und das aktuelle Protokoll, und Sie sehen alles darin, bevor Sie es speichern.</translation>
    </message>
    <message>
        <source>Create support bundle...</source>
        <translation>Supportpaket erstellen …</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Support bundle saved</source>
        <translation>Supportpaket gespeichert</translation>
    </message>
    <message>
        <source>The support bundle was saved to %1.</source>
        <translation>Das Supportpaket wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleDialog</name>
    <message>
        <source>Create support bundle</source>
        <translation>Supportpaket erstellen</translation>
    </message>
    <message>
        <source>This bundle helps support find out what went wrong. It holds versions, settings, the recent log and the shape of your offline data. It holds no password, token, key, order, product or buyer data. Check every file below, then save it and send it to support.</source>
        <translation>Dieses Paket hilft dem Support herauszufinden, was schiefgelaufen ist. Es enthält Versionen, Einstellungen, das aktuelle Protokoll und die Struktur Ihrer Offline-Daten. Es enthält kein Passwort, Token, Schlüssel und keine Bestell-, Produkt- oder Käuferdaten. Prüfen Sie jede Datei unten, speichern Sie es dann und senden Sie es an den Support.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Supportpaket speichern</translation>
    </message>
    <message>
        <source>Support bundles (*.zip)</source>
        <translation>Supportpakete (*.zip)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Dateien im Paket</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Inhalt der ausgewählten Datei</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle (%1 MB, at most %2 MB).</source>
        <translation>Diese Datei ist zu groß für ein Supportpaket (%1 MB, höchstens %2 MB).</translation>
    </message>
    <message>
        <source>This is not a support bundle, or it is damaged or incomplete: %1</source>
        <translation>Dies ist kein Supportpaket, oder es ist beschädigt oder unvollständig: %1</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle.</source>
        <translation>Diese Datei ist zu groß für ein Supportpaket.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive.</source>
        <translation>es ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>its table of contents cannot be read (truncated?).</source>
        <translation>sein Inhaltsverzeichnis kann nicht gelesen werden (abgeschnitten?).</translation>
    </message>
    <message>
        <source>This support bundle has too many files (%1, at most %2).</source>
        <translation>Dieses Supportpaket hat zu viele Dateien (%1, höchstens %2).</translation>
    </message>
    <message>
        <source>This support bundle has too many files.</source>
        <translation>Dieses Supportpaket hat zu viele Dateien.</translation>
    </message>
    <message>
        <source>an entry cannot be read.</source>
        <translation>ein Eintrag kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This support bundle contains an unsafe file name (%1): it was refused.</source>
        <translation>Dieses Supportpaket enthält einen unsicheren Dateinamen (%1): Es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This support bundle contains the file %1 twice.</source>
        <translation>Dieses Supportpaket enthält die Datei %1 zweimal.</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is too large (%2 bytes, at most %3).</source>
        <translation>Die Datei %1 in diesem Supportpaket ist zu groß (%2 Bytes, höchstens %3).</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is compressed suspiciously well (a possible zip bomb): it was refused.</source>
        <translation>Die Datei %1 in diesem Supportpaket ist verdächtig stark komprimiert (eine mögliche ZIP-Bombe): Sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened.</source>
        <translation>die Datei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>the file %1 is damaged.</source>
        <translation>die Datei %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The files in this support bundle are larger than they claim or too large in total: it was refused.</source>
        <translation>Die Dateien in diesem Supportpaket sind größer als angegeben oder insgesamt zu groß: Es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>the file %1 is damaged (checksum or size).</source>
        <translation>die Datei %1 ist beschädigt (Prüfsumme oder Größe).</translation>
    </message>
    <message>
        <source>the archive is damaged.</source>
        <translation>das Archiv ist beschädigt.</translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation>es hat kein Manifest.</translation>
    </message>
    <message>
        <source>Its manifest is missing or not a SellerPulse support bundle manifest.</source>
        <translation>Sein Manifest fehlt oder ist kein Manifest eines SellerPulse-Supportpakets.</translation>
    </message>
    <message>
        <source>It was made by a newer version of SellerPulse.</source>
        <translation>Es wurde von einer neueren SellerPulse-Version erstellt.</translation>
    </message>
    <message>
        <source>Its files do not match its manifest.</source>
        <translation>Seine Dateien stimmen nicht mit seinem Manifest überein.</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleWriter</name>
    <message>
        <source>Could not prepare the support bundle in memory.</source>
        <translation>Das Supportpaket konnte nicht im Arbeitsspeicher vorbereitet werden.</translation>
    </message>
    <message>
        <source>Could not create the support bundle archive.</source>
        <translation>Das Archiv des Supportpakets konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the support bundle archive.</source>
        <translation>Das Archiv des Supportpakets konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sp::SyncController</name>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>sp::SyncErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>sp::SyncRun</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The sync stopped because the server&apos;s answer repeats itself (it keeps sending pages it already sent). Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>Die Synchronisierung wurde angehalten, weil sich die Antwort des Servers wiederholt (er sendet immer wieder Seiten, die er bereits gesendet hat). Alles zuvor Heruntergeladene bleibt erhalten. Versuchen Sie es später erneut oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>The sync stopped because the server sent far more pages (%1) than this account can have. Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>Die Synchronisierung wurde angehalten, weil der Server weit mehr Seiten (%1) gesendet hat, als dieses Konto haben kann. Alles zuvor Heruntergeladene bleibt erhalten. Versuchen Sie es später erneut oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um zu synchronisieren.</translation>
    </message>
    <message>
        <source>The sync stopped after retrying for %1 s: %2</source>
        <translation>Die Synchronisierung wurde nach %1 s Wiederholungsversuchen beendet: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything downloaded so far is kept.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Alles bisher Heruntergeladene bleibt erhalten.</translation>
    </message>
    <message>
        <source>Your data is up to date.</source>
        <translation>Ihre Daten sind auf dem neuesten Stand.</translation>
    </message>
</context>
<context>
    <name>sp::SyncScheduler</name>
    <message>
        <source>The disk is full: free at least %1 MB on the disk that holds %2. The sync continues by itself once there is room (or click Retry); everything downloaded so far is kept.</source>
        <translation>Der Datenträger ist voll: Geben Sie mindestens %1 MB auf dem Datenträger frei, auf dem sich %2 befindet. Die Synchronisierung wird von selbst fortgesetzt, sobald Platz ist (oder klicken Sie auf Erneut versuchen); alles bisher Heruntergeladene bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>sp::SyncStatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop downloading; what was downloaded so far is kept.</source>
        <translation>Download beenden; das bisher Heruntergeladene bleibt erhalten.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>financial events</source>
        <translation>Finanzereignisse</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Lade %1 herunter: %2</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Noch keine Daten heruntergeladen</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source>Trying to reach the server...</source>
        <translation>Verbindung zum Server wird gesucht …</translation>
    </message>
    <message>
        <source>unit costs</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Downloading %1: %2% (%3 of about %4)</source>
        <extracomment>%1 what, %2 percent done, %3 rows done, %4 rows in all; e.g. &quot;Downloading orders: 40% (1,200 of about 3,000)&quot;</extracomment>
        <translation>%1 werden heruntergeladen: %2 % (%3 von etwa %4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation>noch etwa 1 Minute</translation>
    </message>
    <message>
        <source>about %1 minutes left</source>
        <translation>noch etwa %1 Minuten</translation>
    </message>
    <message>
        <source>about 1 hour left</source>
        <translation>noch etwa 1 Stunde</translation>
    </message>
    <message>
        <source>about %1 hours left</source>
        <translation>noch etwa %1 Stunden</translation>
    </message>
    <message>
        <source>Offline: data as of %1. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Offline: Daten vom %1. SellerPulse verbindet sich von selbst wieder, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Offline: no data has been downloaded yet. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Offline: Es wurden noch keine Daten heruntergeladen. SellerPulse verbindet sich von selbst wieder, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>restock settings</source>
        <translation>Nachbestell-Einstellungen</translation>
    </message>
</context>
<context>
    <name>sp::TableColumnState</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>sp::TableNames</name>
    <message>
        <source>Columns of %1</source>
        <translation>Spalten von %1</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Zeilen von %1</translation>
    </message>
    <message>
        <source>Select all rows of %1</source>
        <translation>Alle Zeilen von %1 auswählen</translation>
    </message>
</context>
<context>
    <name>sp::UnitCostClient</name>
    <message>
        <source>Enter a SKU, a currency, a cost of zero or more and the day it applies from.</source>
        <translation>Geben Sie eine SKU, eine Währung, Kosten von null oder mehr und den Tag ein, ab dem sie gelten.</translation>
    </message>
</context>
<context>
    <name>sp::UrlPolicy</name>
    <message>
        <source>it is not a complete address such as https://api.example.com</source>
        <translation>es ist keine vollständige Adresse wie https://api.example.com</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>sie darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>it must not contain a query (?...)</source>
        <translation>sie darf keine Abfrage (?...) enthalten</translation>
    </message>
    <message>
        <source>it must not contain a fragment (#...)</source>
        <translation>sie darf kein Fragment (#...) enthalten</translation>
    </message>
    <message>
        <source>only https addresses are supported</source>
        <translation>nur https-Adressen werden unterstützt</translation>
    </message>
    <message>
        <source>plain http is allowed only for this computer&apos;s loopback addresses (127.0.0.1, ::1); use https</source>
        <translation>einfaches http ist nur für die Loopback-Adressen dieses Computers (127.0.0.1, ::1) erlaubt; verwenden Sie https</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfChanges</name>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>By percent</source>
        <translation>Um Prozent</translation>
    </message>
    <message>
        <source>By amount per unit</source>
        <translation>Um einen Betrag je Einheit</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <source>e.g. 10 or -1.50</source>
        <translation>z. B. 10 oder -1.50</translation>
    </message>
    <message>
        <source>Price change value</source>
        <translation>Wert der Preisänderung</translation>
    </message>
    <message>
        <source>Currency of the amounts</source>
        <translation>Währung der Beträge</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>New unit cost</source>
        <translation>Neue Stückkosten</translation>
    </message>
    <message>
        <source>e.g. 200.00 or -50.00</source>
        <translation>z. B. 200.00 oder -50.00</translation>
    </message>
    <message>
        <source>Advertising change over 30 days</source>
        <translation>Änderung der Werbung über 30 Tage</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>z. B. 0.25</translation>
    </message>
    <message>
        <source>FBA fee change per unit</source>
        <translation>Änderung der FBA-Gebühr je Einheit</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>Preiselastizität</translation>
    </message>
    <message>
        <source>How strongly units answer the price: units change by minus the elasticity times the price change in percent. 0: units stay as they are.</source>
        <translation>Wie stark die Stückzahl auf den Preis reagiert: Die Stückzahl ändert sich um minus Elastizität mal Preisänderung in Prozent. 0: Die Stückzahl bleibt.</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Price elasticity:</source>
        <translation>Preiselastizität:</translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation>Beträge in:</translation>
    </message>
    <message>
        <source>New unit cost:</source>
        <translation>Neue Stückkosten:</translation>
    </message>
    <message>
        <source>Advertising over 30 days, change:</source>
        <translation>Werbung über 30 Tage, Änderung:</translation>
    </message>
    <message>
        <source>FBA fee per unit, change:</source>
        <translation>FBA-Gebühr je Einheit, Änderung:</translation>
    </message>
    <message>
        <source>Enter the price change in percent, e.g. 10 or -5.5 (not below -100).</source>
        <translation>Geben Sie die Preisänderung in Prozent ein, z. B. 10 oder -5.5 (nicht unter -100).</translation>
    </message>
    <message>
        <source>Enter the price change per unit as an amount, e.g. 1.50 or -0.99.</source>
        <translation>Geben Sie die Preisänderung je Einheit als Betrag ein, z. B. 1.50 oder -0.99.</translation>
    </message>
    <message>
        <source>Enter the new unit cost as an amount, e.g. 4.20, or leave it empty.</source>
        <translation>Geben Sie die neuen Stückkosten als Betrag ein, z. B. 4.20, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter the advertising change as an amount, e.g. 200.00 or -50.00.</source>
        <translation>Geben Sie die Änderung der Werbung als Betrag ein, z. B. 200.00 oder -50.00.</translation>
    </message>
    <message>
        <source>Enter the FBA fee change per unit as an amount, e.g. 0.25 or -0.10.</source>
        <translation>Geben Sie die Änderung der FBA-Gebühr je Einheit als Betrag ein, z. B. 0.25 oder -0.10.</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfPage</name>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Your scenarios are saved only on this computer, in your encrypted offline copy. They are never sent to the SellerPulse server or anywhere else.</source>
        <translation>Ihre Szenarien werden nur auf diesem Computer gespeichert, in Ihrer verschlüsselten Offline-Kopie. Sie werden nie an den SellerPulse-Server oder anderswohin gesendet.</translation>
    </message>
    <message>
        <source>The next 30 days from the last 90 days&apos; sales of the chosen SKUs. Units change by minus the elasticity times the price change in percent (elasticity 1.5 and a price 10 % higher: 15 % fewer units). Fees follow the units, refunds the revenue; advertising is the SKUs&apos; share of each marketplace&apos;s advertising by revenue. Amounts apply to the sales in their currency.</source>
        <translation>Die nächsten 30 Tage aus den Verkäufen der gewählten SKUs in den letzten 90 Tagen. Die Stückzahl ändert sich um minus Elastizität mal Preisänderung in Prozent (Elastizität 1,5 und ein um 10 % höherer Preis: 15 % weniger Einheiten). Gebühren folgen der Stückzahl, Erstattungen dem Umsatz; die Werbung ist der Anteil der SKUs an der Werbung jedes Marktplatzes nach Umsatz. Beträge gelten für die Verkäufe in ihrer Währung.</translation>
    </message>
    <message>
        <source>Find a SKU or title</source>
        <translation>SKU oder Titel suchen</translation>
    </message>
    <message>
        <source>SKUs of the scenario</source>
        <translation>SKUs des Szenarios</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer.</source>
        <translation>„%1“ auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose one or more SKUs.</source>
        <translation>Wählen Sie eine oder mehrere SKUs.</translation>
    </message>
    <message>
        <source>From the sales of %1 – %2.</source>
        <translation>Aus den Verkäufen vom %1 – %2.</translation>
    </message>
    <message>
        <source>The chosen SKUs sold nothing in these days.</source>
        <translation>Die gewählten SKUs haben in diesen Tagen nichts verkauft.</translation>
    </message>
    <message>
        <source>Units sold without a unit cost: %1. Their cost of goods is missing.</source>
        <translation>Ohne Stückkosten verkaufte Einheiten: %1. Ihr Wareneinsatz fehlt.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>„%1“ geladen.</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” from this computer?</source>
        <translation>Das Szenario „%1“ von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfQuery</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Die Offline-Daten konnten nicht gelesen werden (%1).</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfResults</name>
    <message>
        <source>Baseline and scenario</source>
        <translation>Ausgangslage und Szenario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangslage</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfScenarios</name>
    <message>
        <source>Enter a name for the scenario.</source>
        <translation>Geben Sie einen Namen für das Szenario ein.</translation>
    </message>
    <message>
        <source>Use a name of at most %1 characters.</source>
        <translation>Verwenden Sie einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose at least one SKU.</source>
        <translation>Wählen Sie mindestens eine SKU.</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Der Offline-Cache ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>sp::WindowCoordinator</name>
    <message>
        <source>Signing in needs your password.</source>
        <translation>Für die Anmeldung wird Ihr Passwort benötigt.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>sp::WriteFeature</name>
    <message>
        <source>Inventory updates</source>
        <translation>Bestandsaktualisierungen</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Preisänderungen</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Bewertungsanfragen</translation>
    </message>
    <message>
        <source>SellerPulse may change the stock quantities of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse darf die Bestandsmengen Ihrer Angebote bei Amazon ändern, wenn Sie es darum bitten.</translation>
    </message>
    <message>
        <source>SellerPulse may change the prices of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse darf die Preise Ihrer Angebote bei Amazon ändern, wenn Sie es darum bitten.</translation>
    </message>
    <message>
        <source>SellerPulse may ask Amazon to send your buyers a request for a review of their order.</source>
        <translation>SellerPulse darf Amazon bitten, Ihren Käufern eine Bitte um Bewertung ihrer Bestellung zu senden.</translation>
    </message>
    <message>
        <source>SellerPulse may make changes on your Amazon account.</source>
        <translation>SellerPulse darf Änderungen an Ihrem Amazon-Konto vornehmen.</translation>
    </message>
</context>
<context>
    <name>sp::XlsxReportWriter</name>
    <message>
        <source>The report has %1 rows, more than a spreadsheet can hold (%2). Choose a shorter period or export it as CSV.</source>
        <translation>Der Bericht hat %1 Zeilen, mehr als eine Tabelle aufnehmen kann (%2). Wählen Sie einen kürzeren Zeitraum oder exportieren Sie ihn als CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created (not enough memory).</source>
        <translation>Die Tabelle konnte nicht angelegt werden (nicht genug Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>Excel export is not available on this computer (the libxlsxwriter library could not be loaded). Export as CSV instead.</source>
        <translation>Der Excel-Export ist auf diesem Computer nicht verfügbar (die Bibliothek libxlsxwriter konnte nicht geladen werden). Exportieren Sie stattdessen als CSV.</translation>
    </message>
</context>
<context>
    <name>sp::YourDataSection</name>
    <message>
        <source>Prepare a full export</source>
        <translation>Vollständigen Export vorbereiten</translation>
    </message>
    <message>
        <source>Save the export...</source>
        <translation>Export speichern …</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data...</source>
        <translation>Daten dieses Computers exportieren …</translation>
    </message>
    <message>
        <source>Delete account...</source>
        <translation>Konto löschen …</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data</source>
        <translation>Daten dieses Computers exportieren</translation>
    </message>
    <message>
        <source>Offline archive status</source>
        <translation>Status des Offline-Archivs</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Everything SellerPulse stores about you</source>
        <translation>Alles, was SellerPulse über Sie speichert</translation>
    </message>
    <message>
        <source>This computer&apos;s offline data</source>
        <translation>Die Offline-Daten dieses Computers</translation>
    </message>
    <message>
        <source>An archive for your records: a ZIP of CSV files any spreadsheet opens. It is not encrypted; keep it somewhere safe.</source>
        <translation>Ein Archiv für Ihre Unterlagen: ein ZIP mit CSV-Dateien, die jede Tabellenkalkulation öffnet. Es ist nicht verschlüsselt; bewahren Sie es an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>Closes your account; its data is deleted within 30 days, except what the law requires us to keep.</source>
        <translation>Schließt Ihr Konto; seine Daten werden innerhalb von 30 Tagen gelöscht, außer dem, was wir gesetzlich aufbewahren müssen.</translation>
    </message>
    <message>
        <source>Saved and verified: %1 (SHA-256 %2)</source>
        <translation>Gespeichert und geprüft: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>The server is preparing your export...</source>
        <translation>Der Server bereitet Ihren Export vor …</translation>
    </message>
    <message>
        <source>Your export is ready (%1). Choose where to save it.</source>
        <translation>Ihr Export ist bereit (%1). Wählen Sie, wo er gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Downloading and verifying...</source>
        <translation>Wird heruntergeladen und geprüft …</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2. This file is not encrypted.</source>
        <translation>%1 Zeilen in %2 gespeichert. Diese Datei ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s data…</source>
        <translation>Die Daten dieses Computers werden gespeichert …</translation>
    </message>
    <message>
        <source>Archive progress</source>
        <translation>Fortschritt des Archivs</translation>
    </message>
    <message>
        <source>Cancel the archive</source>
        <translation>Archiv abbrechen</translation>
    </message>
    <message>
        <source>Archive cancelled.</source>
        <translation>Archiv abgebrochen.</translation>
    </message>
    <message>
        <source>A ZIP of your account, orders, products, stock, fees, Amazon connection (never its token), permissions, unit costs, expenses and restock settings. SellerPulse checks it against the server&apos;s SHA-256 checksum before saving it.</source>
        <translation>Ein ZIP mit Ihrem Konto, Bestellungen, Produkten, Bestand, Gebühren, der Amazon-Verbindung (nie ihrem Token), den Berechtigungen, Stückkosten, Ausgaben und Nachbestellungs-Einstellungen. SellerPulse prüft es vor dem Speichern anhand der SHA-256-Prüfsumme des Servers.</translation>
    </message>
</context>
</TS>

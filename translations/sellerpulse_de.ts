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
        <source>(Request ID: %1)</source>
        <translation>(Anfrage-ID: %1)</translation>
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
</context>
<context>
    <name>sp::AppController</name>
    <message>
        <source>the local sandbox</source>
        <translation>der lokalen Sandbox</translation>
    </message>
    <message>
        <source>The demo account&apos;s password was changed. Sign in with the new one.</source>
        <translation>Das Passwort des Demokontos wurde geändert. Melden Sie sich mit dem neuen an.</translation>
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
    <message>
        <source>Request id for support: %1</source>
        <translation>Anfrage-ID für den Support: %1</translation>
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
        <source>Also trust the PEM certificates in FILE for the server.</source>
        <translation>Den PEM-Zertifikaten in FILE für den Server zusätzlich vertrauen.</translation>
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
</context>
<context>
    <name>sp::ConnectionStatus</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Bei %1 angemeldet als %2</translation>
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
        <translation>&amp;E-Mail:</translation>
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
        <source>Profit, sales and fees at a glance will appear here once your Amazon account is connected and synced.</source>
        <translation>Gewinn, Umsatz und Gebühren auf einen Blick erscheinen hier, sobald Ihr Amazon-Konto verbunden und synchronisiert ist.</translation>
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
        <source>Your products, stock levels and their profit will appear here.</source>
        <translation>Ihre Produkte, Lagerbestände und deren Gewinn erscheinen hier.</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Payouts, Amazon fees and refunds will appear here.</source>
        <translation>Auszahlungen, Amazon-Gebühren und Erstattungen erscheinen hier.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Reports you can export for your accountant will appear here.</source>
        <translation>Berichte, die Sie für Ihre Steuerberatung exportieren können, erscheinen hier.</translation>
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
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Cache zurücksetzen und neu herunterladen</translation>
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
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: %1 Nothing was deleted.</source>
        <translation>Die Offline-Daten auf diesem Computer können nicht gelesen werden: %1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Offline: data as of %1</source>
        <translation>Offline: Datenstand %1</translation>
    </message>
    <message>
        <source>Offline: no data has been downloaded yet.</source>
        <translation>Offline: Es wurden noch keine Daten heruntergeladen.</translation>
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
    <name>sp::ServerChoice</name>
    <message>
        <source>SellerPulse cloud</source>
        <translation>SellerPulse-Cloud</translation>
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
        <source>SellerPulse could not save your session in the system keychain (%1). You stay signed in until you quit; then you need to sign in again.</source>
        <translation>SellerPulse konnte Ihre Sitzung nicht im Schlüsselbund des Systems speichern (%1). Sie bleiben angemeldet, bis Sie das Programm beenden; danach müssen Sie sich erneut anmelden.</translation>
    </message>
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
        <source>Account</source>
        <translation>Konto</translation>
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
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Request id for support: %1</source>
        <translation>Anfrage-ID für den Support: %1</translation>
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
</context>
<context>
    <name>sp::SyncController</name>
    <message>
        <source>Sign in to open this computer&apos;s copy of your data.</source>
        <translation>Melden Sie sich an, um die Kopie Ihrer Daten auf diesem Computer zu öffnen.</translation>
    </message>
    <message>
        <source>The keychain is not available; the offline cache cannot be opened.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar; die Offline-Daten können nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The key of the offline cache is missing from the keychain. You can reset the cache and download your data again.</source>
        <translation>Der Schlüssel der Offline-Daten fehlt im Schlüsselbund. Sie können den Cache zurücksetzen und Ihre Daten erneut herunterladen.</translation>
    </message>
    <message>
        <source>The keychain did not give the key of the offline cache (%1). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Schlüssel der Offline-Daten nicht herausgegeben (%1). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
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
        <source>Downloading %1: %2 of about %3</source>
        <translation>Lade %1 herunter: %2 von etwa %3</translation>
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
        <source>plain http is allowed only for this computer (127.0.0.1, ::1, localhost); use https</source>
        <translation>einfaches http ist nur für diesen Computer erlaubt (127.0.0.1, ::1, localhost); verwenden Sie https</translation>
    </message>
    <message>
        <source>only https addresses are supported</source>
        <translation>nur https-Adressen werden unterstützt</translation>
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
    <name>sp::XlsxReportWriter</name>
    <message>
        <source>The report has %1 rows, more than a spreadsheet can hold (%2). Choose a shorter period or export it as CSV.</source>
        <translation>Der Bericht hat %1 Zeilen, mehr als eine Tabelle aufnehmen kann (%2). Wählen Sie einen kürzeren Zeitraum oder exportieren Sie ihn als CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created (not enough memory).</source>
        <translation>Die Tabelle konnte nicht angelegt werden (nicht genug Arbeitsspeicher).</translation>
    </message>
</context>
</TS>

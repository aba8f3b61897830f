<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
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
        <translation>Informazioni su SellerPulse</translation>
    </message>
    <message>
        <source>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Profit and sales analytics for Amazon sellers.</source>
        <translation>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Analisi di vendite e profitti per i venditori Amazon.</translation>
    </message>
    <message>
        <source>Report a security issue to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we acknowledge reports within two business days. Please do not disclose an issue publicly before we have had time to fix it.</source>
        <translation>Segnala un problema di sicurezza a &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; confermiamo la ricezione entro due giorni lavorativi. Non divulgare pubblicamente un problema prima che abbiamo avuto il tempo di risolverlo.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Note sul software di terze parti</translation>
    </message>
</context>
<context>
    <name>sp::AccountCache</name>
    <message>
        <source>Sign in to open this computer&apos;s copy of your data.</source>
        <translation>Accedi per aprire la copia dei tuoi dati su questo computer.</translation>
    </message>
    <message>
        <source>The keychain is not available; the offline cache cannot be opened.</source>
        <translation>Il portachiavi non è disponibile; i dati offline non possono essere aperti.</translation>
    </message>
    <message>
        <source>The key of the offline cache is missing from the keychain, which is unlocked. You can reset the cache and download your data again.</source>
        <translation>La chiave della cache offline manca dal portachiavi, che è sbloccato. Puoi reimpostare la cache e scaricare di nuovo i tuoi dati.</translation>
    </message>
    <message>
        <source>The keychain did not give the key of the offline cache (%1). Unlock the keychain and try again.</source>
        <translation>Il portachiavi non ha fornito la chiave dei dati offline (%1). Sblocca il portachiavi e riprova.</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>La copia offline su questo computer è danneggiata. Reimpostala per scaricare di nuovo i tuoi dati; il file danneggiato viene poi conservato a parte per l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The offline copy is not open, so it cannot be checked now.</source>
        <translation>La copia offline non è aperta, quindi non può essere controllata ora.</translation>
    </message>
    <message>
        <source>The offline copy could not be checked: %1</source>
        <translation>Impossibile controllare la copia offline: %1</translation>
    </message>
    <message>
        <source>The offline copy is damaged.</source>
        <translation>La copia offline è danneggiata.</translation>
    </message>
    <message>
        <source>The offline copy was checked: no damage was found.</source>
        <translation>La copia offline è stata controllata: non è stato trovato alcun danno.</translation>
    </message>
    <message>
        <source>The offline copy was not reset, and nothing was deleted: %1</source>
        <translation>La copia offline non è stata reimpostata e non è stato eliminato nulla: %1</translation>
    </message>
    <message>
        <source>No local data was found for this account.</source>
        <translation>Non sono stati trovati dati locali per questo account.</translation>
    </message>
    <message>
        <source>The cache key was deleted from the keychain.</source>
        <translation>La chiave della cache è stata eliminata dal portachiavi.</translation>
    </message>
    <message>
        <source>The cache key could not be deleted from the keychain (%1).</source>
        <translation>Impossibile eliminare la chiave della cache dal portachiavi (%1).</translation>
    </message>
    <message>
        <source>No cache files were on this computer.</source>
        <translation>Su questo computer non c&apos;erano file di cache.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Eliminati: %1.</translation>
    </message>
    <message>
        <source>Some files could not be deleted from %1.</source>
        <translation>Alcuni file non sono stati eliminati da %1.</translation>
    </message>
</context>
<context>
    <name>sp::AccountDeletion</name>
    <message>
        <source>Your SellerPulse account will be closed now: every device is signed out at once, and SellerPulse stops using your Amazon connection. Your data on SellerPulse&apos;s servers is deleted within 30 days, except what the law requires us to keep (for example tax records). On this computer, the downloaded data of the account and its encryption key are removed right away. This cannot be undone; download your data first if you want a copy.</source>
        <translation>Il tuo account SellerPulse verrà chiuso ora: tutti i dispositivi vengono disconnessi subito e SellerPulse smette di usare la tua connessione Amazon. I tuoi dati sui server di SellerPulse vengono eliminati entro 30 giorni, tranne ciò che la legge ci obbliga a conservare (ad esempio i documenti fiscali). Su questo computer, i dati scaricati dell&apos;account e la loro chiave di crittografia vengono rimossi subito. L&apos;operazione non può essere annullata; scarica prima i tuoi dati se ne vuoi una copia.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Inserisci la password per confermare.</translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was deleted.</source>
        <translation>La password non è corretta. Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation>L&apos;account non è stato eliminato: %1</translation>
    </message>
    <message>
        <source>No downloaded data was open on this computer.</source>
        <translation>Su questo computer non erano aperti dati scaricati.</translation>
    </message>
    <message>
        <source>The session ended before this computer&apos;s copy of the data could be removed; it stays encrypted on disk.</source>
        <translation>La sessione è terminata prima che la copia dei dati su questo computer potesse essere rimossa; rimane crittografata sul disco.</translation>
    </message>
</context>
<context>
    <name>sp::AccountExportClient</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>La risposta del server non è stata compresa.</translation>
    </message>
    <message>
        <source>The server could not prepare the export. Please try again later.</source>
        <translation>Il server non è riuscito a preparare l&apos;esportazione. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server did not say the export&apos;s checksum; it cannot be verified.</source>
        <translation>Il server non ha indicato il checksum dell&apos;esportazione; non può essere verificata.</translation>
    </message>
    <message>
        <source>The download was interrupted. No file was saved; please download it again.</source>
        <translation>Il download è stato interrotto. Nessun file è stato salvato; scaricalo di nuovo.</translation>
    </message>
</context>
<context>
    <name>sp::AccountMapping</name>
    <message>
        <source>The account for %1 is missing.</source>
        <translation>Manca il conto per %1.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; for %2 is not an account number.</source>
        <translation>Il conto &quot;%1&quot; per %2 non è un numero di conto.</translation>
    </message>
    <message>
        <source>the payout (bank)</source>
        <translation>il versamento (banca)</translation>
    </message>
    <message>
        <source>Amazon (clearing account)</source>
        <translation>Amazon (conto transitorio)</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>IVA a credito</translation>
    </message>
    <message>
        <source>Unknown chart of accounts &quot;%1&quot; (SKR03 or SKR04).</source>
        <translation>Piano dei conti sconosciuto &quot;%1&quot; (SKR03 o SKR04).</translation>
    </message>
    <message>
        <source>The account for %1 is not text.</source>
        <translation>Il conto per %1 non è testo.</translation>
    </message>
    <message>
        <source>Unknown kind of payout line &quot;%1&quot;.</source>
        <translation>Tipo di voce del versamento sconosciuto &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>sp::AccountantFilesBar</name>
    <message>
        <source>&amp;DATEV file...</source>
        <translation>File &amp;DATEV...</translation>
    </message>
    <message>
        <source>&amp;Journal CSV...</source>
        <translation>CSV di &amp;giornale...</translation>
    </message>
    <message>
        <source>Accou&amp;nts...</source>
        <translation>C&amp;onti...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostra nella cartella</translation>
    </message>
    <message>
        <source>Save the payout as a DATEV file</source>
        <translation>Salva il pagamento come file DATEV</translation>
    </message>
    <message>
        <source>Save the payout as a journal CSV for Xero or QuickBooks</source>
        <translation>Salva il pagamento come CSV di giornale per Xero o QuickBooks</translation>
    </message>
    <message>
        <source>Set up the accounts of the accountant&apos;s files</source>
        <translation>Imposta i conti dei file per il commercialista</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Apri il file salvato</translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation>Mostra il file salvato nella sua cartella</translation>
    </message>
    <message>
        <source>For your accountant:</source>
        <translation>Per il commercialista:</translation>
    </message>
    <message>
        <source>Select a payout first.</source>
        <translation>Seleziona prima un pagamento.</translation>
    </message>
    <message>
        <source>The period is still open: book it once it has closed.</source>
        <translation>Il periodo è ancora aperto: registralo quando sarà chiuso.</translation>
    </message>
    <message>
        <source>Its events do not add up to the payout yet: sync first.</source>
        <translation>I suoi movimenti non danno ancora il pagamento: sincronizza prima.</translation>
    </message>
    <message>
        <source>DATEV books in %1: save the journal CSV for a payout in %2.</source>
        <translation>DATEV registra in %1: salva il CSV di giornale per un pagamento in %2.</translation>
    </message>
    <message>
        <source>Save the file for your accountant</source>
        <translation>Salva il file per il commercialista</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Non è stato salvato nulla: %1</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 salvato in %2.</translation>
    </message>
</context>
<context>
    <name>sp::AccountantSetupDialog</name>
    <message>
        <source>Files for your accountant</source>
        <translation>File per il commercialista</translation>
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
        <translation>Il conto su cui i pagamenti sono registrati mentre vanno in banca (Geldtransit).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Amazon charges VAT on its fees in the EU and the UK (19 % from Amazon EU for a German seller). With a rate, fees are shown net and gross and booked with their input VAT.</source>
        <translation>Amazon addebita l&apos;IVA sulle sue commissioni nell&apos;UE e nel Regno Unito (19 % da Amazon EU per un venditore tedesco). Con un&apos;aliquota, le commissioni sono mostrate nette e lorde e registrate con l&apos;IVA a credito.</translation>
    </message>
    <message>
        <source>&amp;Chart of accounts:</source>
        <translation>&amp;Piano dei conti:</translation>
    </message>
    <message>
        <source>&amp;Bank side of payouts:</source>
        <translation>Lato &amp;banca dei pagamenti:</translation>
    </message>
    <message>
        <source>&amp;Tax adviser number (DATEV):</source>
        <translation>Numero del &amp;consulente fiscale (DATEV):</translation>
    </message>
    <message>
        <source>C&amp;lient number (DATEV):</source>
        <translation>Numero c&amp;liente (DATEV):</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>L&apos;esercizio i&amp;nizia a:</translation>
    </message>
    <message>
        <source>&amp;VAT on Amazon fees:</source>
        <translation>&amp;IVA sulle commissioni Amazon:</translation>
    </message>
    <message>
        <source>Every other account follows the chart&apos;s standard accounts. Ask your tax adviser before the first import.</source>
        <translation>Tutti gli altri conti seguono i conti standard del piano. Chiedi al tuo consulente fiscale prima della prima importazione.</translation>
    </message>
</context>
<context>
    <name>sp::AlertNotifier</name>
    <message>
        <source>and %1 more: see Alerts in SellerPulse.</source>
        <translation>e altri %1: vedi Avvisi in SellerPulse.</translation>
    </message>
    <message>
        <source>SellerPulse: %1 new alerts</source>
        <translation>SellerPulse: %1 nuovi avvisi</translation>
    </message>
</context>
<context>
    <name>sp::AlertText</name>
    <message>
        <source>Stock runs out</source>
        <translation>Scorte in esaurimento</translation>
    </message>
    <message>
        <source>Margin dropped</source>
        <translation>Margine in calo</translation>
    </message>
    <message>
        <source>Many refunds</source>
        <translation>Molti rimborsi</translation>
    </message>
    <message>
        <source>Sync failing</source>
        <translation>Sincronizzazione non riuscita</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Connessione Amazon</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>SellerPulse: stock runs out soon</source>
        <translation>SellerPulse: scorte presto esaurite</translation>
    </message>
    <message>
        <source>SellerPulse: a margin dropped</source>
        <translation>SellerPulse: un margine è calato</translation>
    </message>
    <message>
        <source>SellerPulse: many refunds</source>
        <translation>SellerPulse: molti rimborsi</translation>
    </message>
    <message>
        <source>SellerPulse: the sync keeps failing</source>
        <translation>SellerPulse: la sincronizzazione continua a non riuscire</translation>
    </message>
    <message>
        <source>SellerPulse: check your Amazon connection</source>
        <translation>SellerPulse: controlla la connessione Amazon</translation>
    </message>
    <message>
        <source>%1 is out of stock in %2 (about %3 sold a day over the last 30 days).</source>
        <translation>%1 è esaurito in %2 (circa %3 venduti al giorno negli ultimi 30 giorni).</translation>
    </message>
    <message>
        <source>%1 in %2 runs out within about a day: %3 in stock, about %4 sold a day over the last 30 days.</source>
        <translation>%1 in %2 si esaurisce entro circa un giorno: %3 in magazzino, circa %4 venduti al giorno negli ultimi 30 giorni.</translation>
    </message>
    <message>
        <source>%1 in %2 runs out in about %3 days: %4 in stock, about %5 sold a day over the last 30 days.</source>
        <translation>%1 in %2 si esaurisce in circa %3 giorni: %4 in magazzino, circa %5 venduti al giorno negli ultimi 30 giorni.</translation>
    </message>
    <message>
        <source>The margin of %1 fell from %2 % to %3 % (%4 points) in the last 30 days against the 30 days before.</source>
        <translation>Il margine di %1 è sceso dal %2 % al %3 % (%4 punti) negli ultimi 30 giorni rispetto ai 30 giorni precedenti.</translation>
    </message>
    <message>
        <source>The sync has been failing for about %1 hours; the last complete sync was on %2. Your figures may be out of date: check the connection, or see the sync&apos;s error beside &quot;Data as of&quot;.</source>
        <translation>La sincronizzazione non riesce da circa %1 ore; l&apos;ultima sincronizzazione completa è del %2. I tuoi dati potrebbero non essere aggiornati: controlla la connessione, o vedi l&apos;errore della sincronizzazione accanto a &quot;Dati al&quot;.</translation>
    </message>
    <message>
        <source>Your Amazon connection was revoked: no new data arrives until you connect again in Settings &gt; Amazon connection.</source>
        <translation>La tua connessione Amazon è stata revocata: non arrivano nuovi dati finché non ti colleghi di nuovo in Impostazioni &gt; Connessione Amazon.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires within a day, on %1: renew it in Settings &gt; Amazon connection.</source>
        <translation>La tua connessione Amazon scade entro un giorno, il %1: rinnovala in Impostazioni &gt; Connessione Amazon.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires in about %1 days, on %2: renew it in Settings &gt; Amazon connection.</source>
        <translation>La tua connessione Amazon scade tra circa %1 giorni, il %2: rinnovala in Impostazioni &gt; Connessione Amazon.</translation>
    </message>
    <message>
        <source>%1: %4 % of the units sold in the last 30 days were refunded (%2 of %3).</source>
        <translation>%1: il %4 % delle unità vendute negli ultimi 30 giorni è stato rimborsato (%2 su %3).</translation>
    </message>
</context>
<context>
    <name>sp::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Segna come letto</translation>
    </message>
    <message>
        <source>Snooze for a day</source>
        <translation>Posticipa di un giorno</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Posticipa di una settimana</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Alert me when</source>
        <translation>Avvisami quando</translation>
    </message>
    <message>
        <source>Stock runs out in about</source>
        <translation>Le scorte si esauriscono in circa</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days of stock left</source>
        <translation>Giorni di scorte rimasti</translation>
    </message>
    <message>
        <source>The margin of a SKU or a marketplace drops by more than</source>
        <translation>Il margine di uno SKU o di un marketplace cala di più di</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punti</translation>
    </message>
    <message>
        <source>Margin drop in percentage points, last 30 days against the 30 before</source>
        <translation>Calo del margine in punti percentuali, ultimi 30 giorni rispetto ai 30 precedenti</translation>
    </message>
    <message>
        <source>Refunds of a SKU exceed</source>
        <translation>I rimborsi di uno SKU superano il</translation>
    </message>
    <message>
        <source> % of units sold</source>
        <translation> % delle unità vendute</translation>
    </message>
    <message>
        <source>Refund rate in percent, last 30 days</source>
        <translation>Tasso di rimborso in percentuale, ultimi 30 giorni</translation>
    </message>
    <message>
        <source>The sync has been failing for more than</source>
        <translation>La sincronizzazione non riesce da più di</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>Hours of failing sync</source>
        <translation>Ore di sincronizzazione non riuscita</translation>
    </message>
    <message>
        <source>The Amazon connection is revoked or expires within a week</source>
        <translation>La connessione Amazon è revocata o scade entro una settimana</translation>
    </message>
    <message>
        <source>Show SellerPulse in the notification area</source>
        <translation>Mostra SellerPulse nell&apos;area di notifica</translation>
    </message>
    <message>
        <source>SellerPulse checks these after each sync, on this computer. Each cause alerts you once; if it goes away and comes back, you are alerted again.</source>
        <translation>SellerPulse controlla queste regole dopo ogni sincronizzazione, su questo computer. Ogni causa ti avvisa una volta; se scompare e poi ritorna, vieni avvisato di nuovo.</translation>
    </message>
    <message>
        <source>No alerts. SellerPulse checks your data after each sync.</source>
        <translation>Nessun avviso. SellerPulse controlla i tuoi dati dopo ogni sincronizzazione.</translation>
    </message>
    <message>
        <source>1 alert, %1 new.</source>
        <translation>1 avviso, %1 nuovi.</translation>
    </message>
    <message>
        <source>%1 alerts, %2 new.</source>
        <translation>%1 avvisi, %2 nuovi.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnection</name>
    <message>
        <source>Checking...</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon</source>
        <translation>In attesa del tuo consenso su Amazon</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Disconnected (access revoked)</source>
        <translation>Disconnesso (accesso revocato)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionClient</name>
    <message>
        <source>Your Amazon account is not connected.</source>
        <translation>Il tuo account Amazon non è connesso.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about the Amazon connection was not understood.</source>
        <translation>La risposta del server sulla connessione Amazon non è stata compresa.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>La risposta del server non è stata compresa.</translation>
    </message>
    <message>
        <source>The 15 minutes to give consent on Amazon have passed. Please connect again.</source>
        <translation>I 15 minuti per dare il consenso su Amazon sono scaduti. Connettiti di nuovo.</translation>
    </message>
    <message>
        <source>Your Amazon account is connected.</source>
        <translation>Il tuo account Amazon è connesso.</translation>
    </message>
    <message>
        <source>Access was denied on Amazon. Your Amazon account is not connected.</source>
        <translation>L&apos;accesso è stato negato su Amazon. Il tuo account Amazon non è connesso.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connessione è stata annullata.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval could not be confirmed, so nothing was connected. Please connect again.</source>
        <translation>Non è stato possibile confermare l&apos;autorizzazione di Amazon, quindi non è stato connesso nulla. Connettiti di nuovo.</translation>
    </message>
    <message>
        <source>SellerPulse could not open a local port to receive Amazon&apos;s answer. Please try again.</source>
        <translation>SellerPulse non è riuscito ad aprire una porta locale per ricevere la risposta di Amazon. Riprova.</translation>
    </message>
    <message>
        <source>SellerPulse could not create the security code for connecting Amazon. Please try again.</source>
        <translation>SellerPulse non è riuscito a creare il codice di sicurezza per connettere Amazon. Riprova.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval was given in a browser that is not on this computer, so SellerPulse connected nothing. Please start again and approve in a browser on this computer.</source>
        <translation>L&apos;autorizzazione di Amazon è stata data in un browser che non si trova su questo computer, quindi SellerPulse non ha connesso nulla. Ricomincia e autorizza in un browser su questo computer.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionSection</name>
    <message>
        <source>Connect Amazon account...</source>
        <translation>Connetti account Amazon…</translation>
    </message>
    <message>
        <source>Disconnect...</source>
        <translation>Disconnetti…</translation>
    </message>
    <message>
        <source>Amazon connection status</source>
        <translation>Stato della connessione Amazon</translation>
    </message>
    <message>
        <source>Selling partner id</source>
        <translation>ID partner di vendita</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Granted roles</source>
        <translation>Ruoli concessi</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connesso dal</translation>
    </message>
    <message>
        <source>Time left to give consent</source>
        <translation>Tempo rimasto per dare il consenso</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Amazon region</source>
        <translation>Regione Amazon</translation>
    </message>
    <message>
        <source>Connect Amazon account</source>
        <translation>Connetti account Amazon</translation>
    </message>
    <message>
        <source>Disconnect Amazon account</source>
        <translation>Disconnetti account Amazon</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Selling partner:</source>
        <translation>Partner di vendita:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Regione:</translation>
    </message>
    <message>
        <source>Marketplaces:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Granted roles:</source>
        <translation>Ruoli concessi:</translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation>Connesso dal:</translation>
    </message>
    <message>
        <source>Region to connect:</source>
        <translation>Regione da connettere:</translation>
    </message>
    <message>
        <source>Amazon Seller Central is open in your browser. Sign in there and approve SellerPulse; this page updates by itself.</source>
        <translation>Amazon Seller Central è aperto nel browser. Accedi e autorizza SellerPulse; questa pagina si aggiorna da sola.</translation>
    </message>
    <message>
        <source>Sign in to see it.</source>
        <translation>Accedi per vederlo.</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon: %1:%2 left</source>
        <translation>In attesa del tuo consenso su Amazon: mancano %1:%2</translation>
    </message>
    <message>
        <source>Disconnect your Amazon account from SellerPulse? SellerPulse deletes its Amazon access token at once and can no longer read new orders, stock or fees. You can connect again at any time.</source>
        <translation>Disconnettere il tuo account Amazon da SellerPulse? SellerPulse elimina subito il suo token di accesso Amazon e non può più leggere nuovi ordini, inventario o commissioni. Puoi riconnetterti in qualsiasi momento.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Your Amazon account is disconnected; SellerPulse deleted its Amazon access token.</source>
        <translation>Il tuo account Amazon è disconnesso; SellerPulse ha eliminato il suo token di accesso Amazon.</translation>
    </message>
    <message>
        <source>Delete downloaded Amazon data</source>
        <translation>Elimina i dati Amazon scaricati</translation>
    </message>
    <message>
        <source>Also delete the Amazon data SellerPulse downloaded to this computer (orders, products, stock, fees)? It cannot be read any more afterwards.</source>
        <translation>Eliminare anche i dati Amazon che SellerPulse ha scaricato su questo computer (ordini, prodotti, inventario, commissioni)? Dopo non potranno più essere letti.</translation>
    </message>
    <message>
        <source>Delete from this computer</source>
        <translation>Elimina da questo computer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copia link</translation>
    </message>
    <message>
        <source>Connect this account</source>
        <translation>Connetti questo account</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Amazon account that approved</source>
        <translation>Account Amazon che ha autorizzato</translation>
    </message>
    <message>
        <source>Cancel connecting Amazon</source>
        <translation>Annulla la connessione ad Amazon</translation>
    </message>
    <message>
        <source>Copy the Amazon consent link</source>
        <translation>Copia il link di consenso di Amazon</translation>
    </message>
    <message>
        <source>Connect this Amazon account</source>
        <translation>Connetti questo account Amazon</translation>
    </message>
    <message>
        <source>Start connecting Amazon again</source>
        <translation>Ricomincia la connessione ad Amazon</translation>
    </message>
    <message>
        <source>If no browser opened: paste this link into a browser on this computer.</source>
        <translation>Se non si è aperto alcun browser: incolla questo link in un browser su questo computer.</translation>
    </message>
    <message>
        <source>SellerPulse opens Amazon Seller Central in your browser, where you sign in and approve; then SellerPulse shows which Amazon account approved and connects it when you confirm. Approve in a browser on this computer. SellerPulse never sees your Amazon password, and reads only unless you turn on a write feature under Permissions.</source>
        <translation>SellerPulse apre Amazon Seller Central nel browser, dove accedi e autorizzi; poi SellerPulse mostra quale account Amazon ha autorizzato e lo connette quando confermi. Autorizza in un browser su questo computer. SellerPulse non vede mai la tua password Amazon e legge soltanto i dati, a meno che tu non attivi una funzione di scrittura in Autorizzazioni.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Click Copy link and paste the link into a browser on this computer; this page updates by itself.</source>
        <translation>Non è stato possibile aprire alcun browser web. Fai clic su Copia link e incolla il link in un browser su questo computer; questa pagina si aggiorna da sola.</translation>
    </message>
    <message>
        <source>The link is copied. Paste it into a browser on this computer: an approval in a browser on another computer cannot connect your account.</source>
        <translation>Il link è stato copiato. Incollalo in un browser su questo computer: un&apos;autorizzazione data in un browser su un altro computer non può connettere il tuo account.</translation>
    </message>
    <message>
        <source>Amazon approved seller account %1 for %2. Connect this account to SellerPulse? If this is not your Amazon account, click Cancel.</source>
        <translation>Amazon ha autorizzato l&apos;account venditore %1 per %2. Connettere questo account a SellerPulse? Se non è il tuo account Amazon, fai clic su Annulla.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonMarketplaces</name>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Messico</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudafrica</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egitto</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Giappone</translation>
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
        <translation>Nord America</translation>
    </message>
    <message>
        <source>Far East (Japan)</source>
        <translation>Estremo Oriente (Giappone)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonTerms</name>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Unshipped</source>
        <translation>Non spedito</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Spedito parzialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Non evadibile</translation>
    </message>
    <message>
        <source>Invoice unconfirmed</source>
        <translation>Fattura non confermata</translation>
    </message>
    <message>
        <source>Pending availability</source>
        <translation>Disponibilità in sospeso</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vendita</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Risarcimento</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Commissione di servizio</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Pubblicità</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Prezzo dell&apos;articolo</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Shipping charge</source>
        <translation>Spese di spedizione</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promozione</translation>
    </message>
    <message>
        <source>Referral fee (commission)</source>
        <translation>Commissione di segnalazione (provvigione)</translation>
    </message>
    <message>
        <source>FBA fulfilment fee</source>
        <translation>Tariffa logistica FBA</translation>
    </message>
    <message>
        <source>Refund administration fee</source>
        <translation>Commissione per la gestione dei rimborsi</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abbonamento</translation>
    </message>
    <message>
        <source>FBA storage fee</source>
        <translation>Tariffa di stoccaggio FBA</translation>
    </message>
    <message>
        <source>Advertising cost</source>
        <translation>Costi pubblicitari</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon</source>
        <translation>Spedito da Amazon</translation>
    </message>
    <message>
        <source>Fulfilled by you</source>
        <translation>Spedito da te</translation>
    </message>
    <message>
        <source>Amazon name: %1</source>
        <translation>Nome su Amazon: %1</translation>
    </message>
</context>
<context>
    <name>sp::ApiError</name>
    <message>
        <source>The email address or password is not correct. Check them and try again.</source>
        <translation>L&apos;indirizzo e-mail o la password non sono corretti. Controllali e riprova.</translation>
    </message>
    <message>
        <source>The new password is not accepted: use 10 to 128 characters, different from the current password.</source>
        <translation>La nuova password non è accettata: usa da 10 a 128 caratteri, diversa da quella attuale.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check what you entered and try again.</source>
        <translation>Il server non ha accettato la richiesta. Controlla i dati inseriti e riprova.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>La sessione non è più valida. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere (the password was changed or the session was ended). Sign in again.</source>
        <translation>Sei stato disconnesso altrove (la password è stata cambiata o la sessione è stata chiusa). Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>La sessione è scaduta. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again.</source>
        <translation>La sessione è stata chiusa per sicurezza perché il suo token di accesso è stato usato due volte. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The requested item does not exist or belongs to another account.</source>
        <translation>L&apos;elemento richiesto non esiste o appartiene a un altro account.</translation>
    </message>
    <message>
        <source>An account with this email address already exists.</source>
        <translation>Esiste già un account con questo indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed. Please update SellerPulse or contact support.</source>
        <translation>Il server ha rifiutato la richiesta perché non valida. Aggiorna SellerPulse o contatta l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Il server ha avuto un problema (HTTP %1). Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again later or contact support.</source>
        <translation>Il server ha rifiutato la richiesta (HTTP %1). Riprova più tardi o contatta l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>Il server non è raggiungibile. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Check the server address, or the CA file when you use your own server.</source>
        <translation>Il certificato del server non è attendibile: %1. Controlla l&apos;indirizzo del server o, se usi un server tuo, il file CA.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo sconosciuto</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Il server non ha risposto in tempo. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>This server address is not allowed: %1</source>
        <translation>Questo indirizzo del server non è consentito: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Troppi tentativi. Riprova tra %n secondo.</numerusform>
            <numerusform>Troppi tentativi. Riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Troppi tentativi. Riprova più tardi.</translation>
    </message>
    <message>
        <source>The server sent an answer SellerPulse does not understand. Try again later or contact support.</source>
        <translation>Il server ha inviato una risposta che SellerPulse non comprende. Riprova più tardi o contatta l&apos;assistenza.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>La sessione è terminata. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it and retry, or continue for this session only.</source>
        <translation>Il portachiavi di sistema è bloccato o non disponibile. Sbloccalo e riprova, oppure continua solo per questa sessione.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up: %1. The server may only offer an outdated TLS version (SellerPulse requires TLS 1.2 or later).</source>
        <translation>Impossibile stabilire una connessione sicura con il server: %1. Il server potrebbe offrire solo una versione di TLS obsoleta (SellerPulse richiede TLS 1.2 o successivo).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid at this computer&apos;s date and time (%1): %2. Check your computer&apos;s clock: if the date or time is wrong, correct it and try again.</source>
        <translation>Il certificato del server non è valido alla data e all&apos;ora di questo computer (%1): %2. Controlla l&apos;orologio del computer: se la data o l&apos;ora sono sbagliate, correggile e riprova.</translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>Alla sua ultima risposta l&apos;orologio del server era avanti di %n minuto rispetto a quello di questo computer.</numerusform>
            <numerusform>Alla sua ultima risposta l&apos;orologio del server era avanti di %n minuti rispetto a quello di questo computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) behind this computer&apos;s.</source>
        <translation>
            <numerusform>Alla sua ultima risposta l&apos;orologio del server era indietro di %n minuto rispetto a quello di questo computer.</numerusform>
            <numerusform>Alla sua ultima risposta l&apos;orologio del server era indietro di %n minuti rispetto a quello di questo computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is too slow: its answer did not arrive completely within %n second(s). Try again later.</source>
        <translation>
            <numerusform>Il server è troppo lento: la sua risposta non è arrivata completa entro %n secondo. Riprova più tardi.</numerusform>
            <numerusform>Il server è troppo lento: la sua risposta non è arrivata completa entro %n secondi. Riprova più tardi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: free some space on the disk that holds %1 and try again.</source>
        <translation>Il disco è pieno: libera spazio sul disco che contiene %1 e riprova.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID richiesta: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Stato HTTP: %1</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Tipo di problema: %1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>Tipo di errore: %1</translation>
    </message>
</context>
<context>
    <name>sp::AppController</name>
    <message>
        <source>The demo account&apos;s password was changed. Sign in with the new one.</source>
        <translation>La password dell&apos;account demo è stata cambiata. Accedi con quella nuova.</translation>
    </message>
</context>
<context>
    <name>sp::AtomicFileReplacer</name>
    <message>
        <source>%1 is a symbolic link. For safety SellerPulse does not write through links: choose the file itself or another name.</source>
        <translation>%1 è un collegamento simbolico. Per sicurezza SellerPulse non scrive attraverso i collegamenti: scegli il file stesso o un altro nome.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 è una cartella: scegli un nome di file.</translation>
    </message>
    <message>
        <source>A file could not be created in %1: %2</source>
        <translation>Impossibile creare un file in %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Another program changed the unfinished file while %1 was being written, so it was not saved. Please try again.</source>
        <translation>Un altro programma ha modificato il file incompleto mentre veniva scritto %1, quindi non è stato salvato. Riprova.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: %2</source>
        <translation>Impossibile salvare il file come %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::BundleViewerDialog</name>
    <message>
        <source>Support bundle %1</source>
        <translation>Pacchetto di supporto %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Read-only: the bundle was checked against its manifest and is shown as it is.</source>
        <translation>Sola lettura: il pacchetto è stato verificato con il suo manifesto e viene mostrato così com&apos;è.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>File nel pacchetto</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenuto del file selezionato</translation>
    </message>
</context>
<context>
    <name>sp::CacheArchiveWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Impossibile creare il file: %1</translation>
    </message>
    <message>
        <source>The archive could not be started.</source>
        <translation>Impossibile avviare l&apos;archivio.</translation>
    </message>
    <message>
        <source>The offline data could not be read: %1</source>
        <translation>Impossibile leggere i dati offline: %1</translation>
    </message>
    <message>
        <source>The archive could not be written.</source>
        <translation>Impossibile scrivere l&apos;archivio.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>The archive could not be completed.</source>
        <translation>Impossibile completare l&apos;archivio.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Impossibile salvare il file: %1</translation>
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
        <translation>Dati offline di SellerPulse, esportati da questo computer.<byte value="xd"/>
Dati aggiornati al: %1<byte value="xd"/>
<byte value="xd"/>
Ogni file CSV è una tabella (UTF-8, separata da virgole). Gli importi sono nella valuta della loro riga.<byte value="xd"/>
Questo archivio NON è crittografato: conservalo in un luogo sicuro.<byte value="xd"/>
<byte value="xd"/>
%2<byte value="xd"/>
</translation>
    </message>
</context>
<context>
    <name>sp::CacheFiles</name>
    <message>
        <source>The cache folder %1 could not be created.</source>
        <translation>Impossibile creare la cartella della cache %1.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be created.</source>
        <translation>Impossibile creare il file della cache %1.</translation>
    </message>
    <message>
        <source>The damaged cache file %1 could not be moved aside.</source>
        <translation>Impossibile spostare da parte il file di cache danneggiato %1.</translation>
    </message>
</context>
<context>
    <name>sp::CacheFormatMigration</name>
    <message>
        <source>The offline copy on this computer could not be converted to the new format: the disk is full. Free some space and start the app again.</source>
        <translation>La copia offline su questo computer non è stata convertita nel nuovo formato: il disco è pieno. Libera spazio e riavvia l&apos;app.</translation>
    </message>
    <message>
        <source>The offline copy on this computer could not be converted to the new format. You can reset it and download your data again.</source>
        <translation>La copia offline su questo computer non è stata convertita nel nuovo formato. Puoi reimpostarla e scaricare di nuovo i tuoi dati.</translation>
    </message>
</context>
<context>
    <name>sp::CacheIntegrityCheck</name>
    <message>
        <source>The offline copy could not be checked (%1).</source>
        <translation>Impossibile controllare la copia offline (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheKey</name>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>La chiave della cache nel portachiavi non è valida.</translation>
    </message>
    <message>
        <source>No random key could be generated for the cache.</source>
        <translation>Impossibile generare una chiave casuale per la cache.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable, so the key of your offline copy cannot be read. Unlock the keychain (for example by signing in to your desktop again or opening your password manager) and choose Retry. Your offline copy is kept.</source>
        <translation>Il portachiavi di sistema è bloccato o non disponibile, quindi non è possibile leggere la chiave della tua copia offline. Sblocca il portachiavi (ad esempio accedendo di nuovo al desktop o aprendo il gestore di password) e scegli Riprova. La tua copia offline viene conservata.</translation>
    </message>
    <message>
        <source>The keychain still holds the cache key after deleting it.</source>
        <translation>Il portachiavi contiene ancora la chiave della cache dopo la sua eliminazione.</translation>
    </message>
</context>
<context>
    <name>sp::CacheSchema</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Impossibile leggere i dati offline (%1).</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of SellerPulse. Update SellerPulse, or reset the cache and download your data again.</source>
        <translation>I dati offline sono stati scritti da una versione più recente di SellerPulse. Aggiorna SellerPulse, oppure reimposta la cache e scarica di nuovo i tuoi dati.</translation>
    </message>
    <message>
        <source>The offline cache could not be updated (%1).</source>
        <translation>Impossibile aggiornare i dati offline (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheWriter</name>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>Impossibile preparare i dati offline (%1).</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>I dati offline non sono aperti.</translation>
    </message>
    <message>
        <source>The server sent an unreadable page (%1).</source>
        <translation>Il server ha inviato una pagina illeggibile (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be written (%1).</source>
        <translation>Impossibile scrivere i dati offline (%1).</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>La copia offline su questo computer è danneggiata. Reimpostala per scaricare di nuovo i tuoi dati; il file danneggiato viene poi conservato a parte per l&apos;assistenza.</translation>
    </message>
</context>
<context>
    <name>sp::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Password attuale</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Ripeti la nuova password</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Ripeti la nuova password:</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters. Changing it signs out all your other devices.</source>
        <translation>Usa da %1 a %2 caratteri. Cambiarla disconnette tutti gli altri tuoi dispositivi.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Inserisci la password attuale.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>La nuova password deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The new password may have at most %1 characters.</source>
        <translation>La nuova password può avere al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The repeated password does not match the new password.</source>
        <translation>La password ripetuta non corrisponde alla nuova password.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again, then change your password.</source>
        <translation>Non hai eseguito l&apos;accesso. Accedi di nuovo, poi cambia la password.</translation>
    </message>
    <message>
        <source>Changing...</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <source>Your password was changed. All your other devices were signed out; this computer stays signed in.</source>
        <translation>La password è stata cambiata. Tutti gli altri tuoi dispositivi sono stati disconnessi; questo computer resta connesso.</translation>
    </message>
</context>
<context>
    <name>sp::ChartPainter</name>
    <message>
        <source>No data for this period</source>
        <translation>Nessun dato per questo periodo</translation>
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
        <translation>Impossibile creare il file: %1</translation>
    </message>
    <message>
        <source>The download was already discarded.</source>
        <translation>Il download è già stato scartato.</translation>
    </message>
    <message>
        <source>The download is incomplete (%1 of %2 bytes). No file was saved.</source>
        <translation>Il download è incompleto (%1 di %2 byte). Nessun file è stato salvato.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the server&apos;s checksum (SHA-256): it was damaged on the way. No file was saved; please download it again.</source>
        <translation>Il file scaricato non corrisponde al checksum del server (SHA-256): si è danneggiato durante il trasferimento. Nessun file è stato salvato; scaricalo di nuovo.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Impossibile salvare il file: %1</translation>
    </message>
    <message>
        <source>The download was larger than announced (more than %1). It was stopped and no file was saved; please try again later.</source>
        <translation>Il download era più grande di quanto annunciato (oltre %1). È stato interrotto e non è stato salvato alcun file; riprova più tardi.</translation>
    </message>
</context>
<context>
    <name>sp::CipherDatabase</name>
    <message>
        <source>The offline cache could not be opened (%1).</source>
        <translation>Impossibile aprire i dati offline (%1).</translation>
    </message>
    <message>
        <source>The database library is not SQLCipher; the offline cache cannot be encrypted.</source>
        <translation>La libreria del database non è SQLCipher; i dati offline non possono essere crittografati.</translation>
    </message>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>La chiave della cache nel portachiavi non è valida.</translation>
    </message>
    <message>
        <source>The offline cache could not be unlocked.</source>
        <translation>Impossibile sbloccare i dati offline.</translation>
    </message>
    <message>
        <source>The offline cache cannot be read: its key does not match or the file is damaged. You can reset the cache and download your data again.</source>
        <translation>Impossibile leggere i dati offline: la chiave non corrisponde o il file è danneggiato. Puoi reimpostare la cache e scaricare di nuovo i tuoi dati.</translation>
    </message>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Impossibile leggere i dati offline (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>Impossibile preparare i dati offline (%1).</translation>
    </message>
    <message>
        <source>The database library is SQLCipher %1; the offline cache needs SQLCipher 4 or newer.</source>
        <translation>La libreria del database è SQLCipher %1; la cache offline richiede SQLCipher 4 o successivo.</translation>
    </message>
</context>
<context>
    <name>sp::CommandLineOptions</name>
    <message>
        <source>SellerPulse Desktop: profit and sales analytics for Amazon sellers.</source>
        <translation>SellerPulse Desktop: analisi di vendite e profitti per i venditori Amazon.</translation>
    </message>
    <message>
        <source>Use the SellerPulse service at URL (https; http only for this computer).</source>
        <translation>Usa il servizio SellerPulse all&apos;indirizzo URL (https; http solo per questo computer).</translation>
    </message>
    <message>
        <source>Keep settings, data and keychain entries in the profile folder DIR.</source>
        <translation>Conserva impostazioni, dati e voci del portachiavi nella cartella del profilo DIR.</translation>
    </message>
    <message>
        <source>Start a local sandbox server and use it (for trying SellerPulse out).</source>
        <translation>Avvia un server sandbox locale e usalo (per provare SellerPulse).</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window, save it as a PNG to FILE and exit.</source>
        <translation>Avvia, accedi, mostra la finestra principale, salvala come PNG in FILE ed esci.</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window and exit.</source>
        <translation>Avvia, accedi, mostra la finestra principale ed esci.</translation>
    </message>
    <message>
        <source>Log at LEVEL: debug, info or warning (default: the setting, else info).</source>
        <translation>Registra al livello LEVEL: debug, info o warning (predefinito: l&apos;impostazione, altrimenti info).</translation>
    </message>
    <message>
        <source>Write a support bundle (versions, settings, redacted logs, the cache&apos;s shape; no secrets or seller data) to FILE and exit.</source>
        <translation>Scrivi un pacchetto di supporto (versioni, impostazioni, log anonimizzati, la struttura della cache; nessun segreto né dato del venditore) in FILE ed esci.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra la versione ed esci.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra questo aiuto ed esci.</translation>
    </message>
    <message>
        <source>no program name given</source>
        <translation>nessun nome di programma indicato</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argomento inatteso: %1</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 indicato più di una volta</translation>
    </message>
    <message>
        <source>--server and --sandbox cannot be used together</source>
        <translation>--server e --sandbox non possono essere usati insieme</translation>
    </message>
    <message>
        <source>--server %1 is not allowed: %2</source>
        <translation>--server %1 non è consentito: %2</translation>
    </message>
    <message>
        <source>not a valid https URL</source>
        <translation>non è un URL https valido</translation>
    </message>
    <message>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file richiede un nome di file</translation>
    </message>
    <message>
        <source>--profile needs a folder name</source>
        <translation>--profile richiede un nome di cartella</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot richiede un nome di file</translation>
    </message>
    <message>
        <source>--log-level must be debug, info or warning, not &quot;%1&quot;</source>
        <translation>--log-level deve essere debug, info o warning, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name</source>
        <translation>--support-bundle richiede un nome di file</translation>
    </message>
    <message>
        <source>--support-bundle cannot be combined with --sandbox, --smoke-test or --screenshot</source>
        <translation>--support-bundle non può essere combinato con --sandbox, --smoke-test o --screenshot</translation>
    </message>
    <message>
        <source>Also trust the PEM certificates in FILE, for the --server host only (never for the SellerPulse cloud).</source>
        <translation>Considera attendibili anche i certificati PEM in FILE, solo per l&apos;host di --server (mai per il cloud SellerPulse).</translation>
    </message>
    <message>
        <source>--ca-file needs --server: its certificates are trusted for that server only</source>
        <translation>--ca-file richiede --server: i suoi certificati sono considerati attendibili solo per quel server</translation>
    </message>
    <message>
        <source>--ca-file cannot be used for the SellerPulse cloud, whose certificate is checked against the system&apos;s certificate authorities only</source>
        <translation>--ca-file non può essere usato per il cloud SellerPulse, il cui certificato viene verificato solo con le autorità di certificazione del sistema</translation>
    </message>
    <message>
        <source>With --smoke-test or --screenshot: wait for the dashboard&apos;s figures from this computer&apos;s copy of the data instead of the sign-in.</source>
        <translation>Con --smoke-test o --screenshot: attendi le cifre della dashboard dalla copia dei dati su questo computer invece dell&apos;accesso.</translation>
    </message>
    <message>
        <source>--smoke-dashboard needs --smoke-test or --screenshot</source>
        <translation>--smoke-dashboard richiede --smoke-test o --screenshot</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x800.</source>
        <translation>Con --screenshot: la dimensione della finestra, ad es. 1280x800.</translation>
    </message>
    <message>
        <source>--page and --size need --screenshot</source>
        <translation>--page e --size richiedono --screenshot</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;</source>
        <translation>--page deve essere uno tra %1, non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, not &quot;%1&quot;</source>
        <translation>--size deve essere LARGHEZZAxALTEZZA tra 640x480 e 7680x4320, non &quot;%1&quot;</translation>
    </message>
    <message>
        <source>With --screenshot: show PAGE (%1) once its data is in.</source>
        <translation>Con --screenshot: mostra PAGINA (%1) appena i suoi dati sono pronti.</translation>
    </message>
</context>
<context>
    <name>sp::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>sp::ConfirmedRows</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>La cache offline non è aperta.</translation>
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
        <translation>Connesso come %2 (%1)</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Portachiavi non disponibile</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Disconnesso</translation>
    </message>
</context>
<context>
    <name>sp::ConsentUrlPolicy</name>
    <message>
        <source>The server sent an invalid sign-in address for Amazon.</source>
        <translation>Il server ha inviato un indirizzo di accesso ad Amazon non valido.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address contains a user name, which Amazon&apos;s never does.</source>
        <translation>L&apos;indirizzo di accesso ad Amazon contiene un nome utente, cosa che quello di Amazon non fa mai.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address has an unexpected part after &apos;#&apos;.</source>
        <translation>L&apos;indirizzo di accesso ad Amazon ha una parte inattesa dopo &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address lacks the application or the security state.</source>
        <translation>All&apos;indirizzo di accesso ad Amazon mancano l&apos;applicazione o lo stato di sicurezza.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not encrypted (https); it was not opened.</source>
        <translation>L&apos;indirizzo di accesso ad Amazon non è crittografato (https); non è stato aperto.</translation>
    </message>
    <message>
        <source>The sign-in address points to %1, not to Amazon Seller Central (%2); it was not opened. Please report this to SellerPulse.</source>
        <translation>L&apos;indirizzo di accesso punta a %1, non ad Amazon Seller Central (%2); non è stato aperto. Segnalalo a SellerPulse.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address uses an unexpected port; it was not opened.</source>
        <translation>L&apos;indirizzo di accesso ad Amazon usa una porta inattesa; non è stato aperto.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not Seller Central&apos;s consent page; it was not opened.</source>
        <translation>L&apos;indirizzo di accesso ad Amazon non è la pagina di consenso di Seller Central; non è stato aperto.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address names the application or the security state twice; it was not opened.</source>
        <translation>L&apos;indirizzo di accesso ad Amazon indica due volte l&apos;applicazione o lo stato di sicurezza; non è stato aperto.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address asks for another application&apos;s access, not SellerPulse&apos;s; it was not opened. Please report this to SellerPulse.</source>
        <translation>L&apos;indirizzo di accesso ad Amazon richiede l&apos;accesso per un&apos;altra applicazione, non per SellerPulse; non è stato aperto. Segnalalo a SellerPulse.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardChart</name>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Ricavi e utile netto giornalieri</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Utile netto</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>Nessuna vendita in questo periodo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>Revenue and net profit by week</source>
        <translation>Fatturato e utile netto per settimana</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Fatturato e utile netto per mese</translation>
    </message>
</context>
<context>
    <name>sp::DashboardPage</name>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Commissioni Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Pubblicità</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Costo delle merci</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Utile netto</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>nessun confronto</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 pp</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation>nuovo in questo periodo</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete: some products sold have no unit cost for the date. &lt;a href=&quot;products&quot;&gt;Enter unit costs on the products page&lt;/a&gt;.</source>
        <translation>Il costo delle merci è incompleto: alcuni prodotti venduti non hanno un costo unitario per la data. &lt;a href=&quot;products&quot;&gt;Inserisci i costi unitari nella pagina dei prodotti&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete</source>
        <translation>Costo delle merci incompleto</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Ricavi e utile netto giornalieri</translation>
    </message>
    <message>
        <source>%1 to %2 (previous: %3 to %4)</source>
        <translation>dal %1 al %2 (precedente: dal %3 al %4)</translation>
    </message>
    <message>
        <source>Choose a range whose start is not after its end.</source>
        <translation>Scegli un periodo il cui inizio non sia successivo alla fine.</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Nessuna vendita in questo periodo.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Nessun dato ancora scaricato.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source> (%1 pending, estimated)</source>
        <translation> (%1 in sospeso, stimato)</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (stimato)</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (incompleto)</translation>
    </message>
    <message>
        <source>Some products sold have no unit cost for the date.</source>
        <translation>Alcuni prodotti venduti non hanno un costo unitario per la data.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the previous period</source>
        <translation>Variazione di %1 in %2 rispetto al periodo precedente</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Dati aggiornati al %1</translation>
    </message>
    <message>
        <source>Data as of: not downloaded yet</source>
        <translation>Dati: non ancora scaricati</translation>
    </message>
    <message>
        <source>Pending units without a price yet: %1, in %2 pending orders. Revenue is an estimate.</source>
        <translation>Unità in sospeso ancora senza prezzo: %1, in %2 ordini in sospeso. I ricavi sono una stima.</translation>
    </message>
    <message>
        <source>No figures for the previous period of the same length</source>
        <translation>Nessun dato per il periodo precedente della stessa durata</translation>
    </message>
    <message>
        <source>Better than the previous period of the same length</source>
        <translation>Meglio del periodo precedente della stessa durata</translation>
    </message>
    <message>
        <source>Worse than the previous period of the same length</source>
        <translation>Peggio del periodo precedente della stessa durata</translation>
    </message>
    <message>
        <source>The same as in the previous period of the same length</source>
        <translation>Uguale al periodo precedente della stessa durata</translation>
    </message>
    <message>
        <source>Downloading your history...</source>
        <translation>Download della tua cronologia…</translation>
    </message>
    <message>
        <source>Downloading your history: %1%</source>
        <translation>Download della tua cronologia: %1%</translation>
    </message>
    <message>
        <source> after %1 other expenses</source>
        <translation> dopo %1 di altre spese</translation>
    </message>
    <message>
        <source>Net profit includes the expenses you recorded outside Amazon (the Expenses page) that occur in the period.</source>
        <translation>L&apos;utile netto include le spese esterne ad Amazon che hai registrato (pagina Spese) e che ricadono nel periodo.</translation>
    </message>
    <message>
        <source>no data last year</source>
        <translation>nessun dato l&apos;anno scorso</translation>
    </message>
    <message>
        <source>no comparison with last year</source>
        <translation>nessun confronto con l&apos;anno scorso</translation>
    </message>
    <message>
        <source>%1 %2 pts vs last year</source>
        <translation>%1 %2 pt vs anno scorso</translation>
    </message>
    <message>
        <source>unchanged vs last year</source>
        <translation>invariato vs anno scorso</translation>
    </message>
    <message>
        <source>none last year</source>
        <translation>nessuno l&apos;anno scorso</translation>
    </message>
    <message>
        <source>%1 %2 % vs last year</source>
        <translation>%1 %2 % vs anno scorso</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>No figures for the same days last year (%1): the downloaded history does not reach back to them, or there were no sales</source>
        <translation>Nessun dato per gli stessi giorni dell&apos;anno scorso (%1): lo storico scaricato non arriva così indietro, oppure non ci sono state vendite</translation>
    </message>
    <message>
        <source>Better than the same days last year (%1)</source>
        <translation>Meglio degli stessi giorni dell&apos;anno scorso (%1)</translation>
    </message>
    <message>
        <source>Worse than the same days last year (%1)</source>
        <translation>Peggio degli stessi giorni dell&apos;anno scorso (%1)</translation>
    </message>
    <message>
        <source>The same as on the same days last year (%1)</source>
        <translation>Uguale agli stessi giorni dell&apos;anno scorso (%1)</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the same days last year</source>
        <translation>Variazione di %1 in %2 rispetto agli stessi giorni dell&apos;anno scorso</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a month&apos;s name and its year (&quot;December 2026&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: from tomorrow, after the month&apos;s first complete day</source>
        <translation>Previsione di fine mese per %1: da domani, dopo il primo giorno completo del mese</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: no sales so far this month</source>
        <translation>Previsione di fine mese per %1: nessuna vendita finora questo mese</translation>
    </message>
    <message>
        <source>%1: %2 revenue, %3 units, %4 net profit</source>
        <translation>%1: %2 di fatturato, %3 unità, %4 di utile netto</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: %2 revenue, %3 units, %4 net profit</source>
        <translation>Previsione di fine mese per %1: %2 di fatturato, %3 unità, %4 di utile netto</translation>
    </message>
    <message>
        <source>So far: %1 revenue, %2 units.</source>
        <translation>Finora: %1 di fatturato, %2 unità.</translation>
    </message>
    <message>
        <source>Net profit is after this month&apos;s other expenses of %1.</source>
        <translation>L&apos;utile netto è al netto delle altre spese di questo mese, pari a %1.</translation>
    </message>
    <message>
        <source>Month-end forecast in %1</source>
        <translation>Previsione di fine mese in %1</translation>
    </message>
    <message>
        <source>Month-end forecast for %1, all marketplaces in %2: %3 revenue, %4 units, %5 net profit</source>
        <extracomment>%1 a month and its year (&quot;December 2026&quot;), %2 the home currency</extracomment>
        <translation>Previsione di fine mese per %1, tutti i marketplace in %2: %3 di fatturato, %4 unità, %5 di utile netto</translation>
    </message>
    <message>
        <source>Each currency&apos;s forecast converted at its latest reference rate up to %1.</source>
        <translation>La previsione di ogni valuta è convertita al suo ultimo tasso di riferimento fino al %1.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardProductTables</name>
    <message>
        <source>Top earners</source>
        <translation>Prodotti più redditizi</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Utile netto</translation>
    </message>
    <message>
        <source>Products losing money</source>
        <translation>Prodotti in perdita</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Scorte basse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation>Venduti al giorno</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Giorni di copertura</translation>
    </message>
    <message>
        <source>Losing money</source>
        <translation>In perdita</translation>
    </message>
    <message>
        <source>Ranked within each currency: exchange rates are not downloaded yet.</source>
        <translation>Classificati all&apos;interno di ogni valuta: i tassi di cambio non sono ancora scaricati.</translation>
    </message>
    <message>
        <source>Top earners (by net profit in %1, converted)</source>
        <translation>I più redditizi (per utile netto in %1, convertito)</translation>
    </message>
    <message>
        <source>Losing money (by net profit in %1, converted)</source>
        <translation>In perdita (per utile netto in %1, convertito)</translation>
    </message>
    <message>
        <source>Ranked across marketplaces by net profit converted into %1 at the reference rates of %2 (the latest on or before the period&apos;s last day); a product&apos;s currencies are added up.</source>
        <translation>Classificati su tutti i marketplace per utile netto convertito in %1 ai tassi di riferimento del %2 (gli ultimi entro l&apos;ultimo giorno del periodo); le valute di un prodotto vengono sommate.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardQuery</name>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Scegli un periodo il cui primo giorno non sia successivo all&apos;ultimo.</translation>
    </message>
</context>
<context>
    <name>sp::DatevExport</name>
    <message>
        <source>Choose at least one payout for the DATEV file.</source>
        <translation>Scegli almeno un versamento per il file DATEV.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2, the DATEV ledger in %3: DATEV files hold one currency. Export it as a journal instead.</source>
        <translation>Il versamento %1 è in %2, la contabilità DATEV in %3: un file DATEV contiene una sola valuta. Esportalo invece come registro.</translation>
    </message>
    <message>
        <source>DATEV needs accounts of %1 digits; &quot;%2&quot; is not one.</source>
        <translation>DATEV richiede conti di %1 cifre; &quot;%2&quot; non lo è.</translation>
    </message>
    <message>
        <source>Payout %1 has a booking on %2, outside the file&apos;s period %3 to %4.</source>
        <translation>Il versamento %1 ha una registrazione il %2, fuori dal periodo del file (dal %3 al %4).</translation>
    </message>
    <message>
        <source>The bookings run from %1 to %2, into a new fiscal year; a DATEV file holds one fiscal year. Book each payout on its payout date, or export each year separately.</source>
        <translation>Le registrazioni vanno dal %1 al %2, in un nuovo esercizio; un file DATEV contiene un solo esercizio. Registra ogni versamento alla sua data di pagamento, oppure esporta ogni anno separatamente.</translation>
    </message>
    <message>
        <source>Enter the consultant number (Beraternummer, 1001 to 9999999) your tax adviser uses in DATEV.</source>
        <translation>Inserisci il numero del consulente (Beraternummer, da 1001 a 9999999) che il tuo consulente fiscale usa in DATEV.</translation>
    </message>
    <message>
        <source>Enter the client number (Mandantennummer, 1 to 99999) your tax adviser uses in DATEV.</source>
        <translation>Inserisci il numero cliente (Mandantennummer, da 1 a 99999) che il tuo consulente fiscale usa in DATEV.</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12.</source>
        <translation>L’esercizio deve iniziare in un mese da 1 a 12.</translation>
    </message>
    <message>
        <source>DATEV accounts have 4 to 8 digits.</source>
        <translation>I conti DATEV hanno da 4 a 8 cifre.</translation>
    </message>
    <message>
        <source>The file&apos;s period is not valid.</source>
        <translation>Il periodo del file non è valido.</translation>
    </message>
    <message>
        <source>The DATEV settings are damaged; enter them again.</source>
        <translation>Le impostazioni DATEV sono danneggiate; inseriscile di nuovo.</translation>
    </message>
</context>
<context>
    <name>sp::DeleteAccountDialog</name>
    <message>
        <source>Delete my account</source>
        <translation>Elimina il mio account</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Elimina account</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>La tua &amp;password:</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>entro 30 giorni</translation>
    </message>
    <message>
        <source>Your account is closed and will be deleted by %1. %2</source>
        <translation>Il tuo account è chiuso e verrà eliminato entro il %1. %2</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Eliminazione in corso…</translation>
    </message>
</context>
<context>
    <name>sp::ErrorDetailsView</name>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Dettagli per l&apos;assistenza</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copia i dettagli</translation>
    </message>
    <message>
        <source>Copy these lines, e.g. for a message to support.</source>
        <translation>Copia queste righe, ad esempio per un messaggio all&apos;assistenza.</translation>
    </message>
</context>
<context>
    <name>sp::ExpenseClient</name>
    <message>
        <source>Expenses can be changed when SellerPulse is online; you are offline.</source>
        <translation>Le spese possono essere modificate quando SellerPulse è online; sei offline.</translation>
    </message>
    <message>
        <source>You already have 1,000 expenses, the most an account can keep. Delete some you no longer need, then add this one again.</source>
        <translation>Hai già 1.000 spese, il massimo per un account. Eliminane alcune che non ti servono più, poi aggiungi di nuovo questa.</translation>
    </message>
    <message>
        <source>The server did not accept these fields: %1. Correct them and save again.</source>
        <translation>Il server non ha accettato questi campi: %1. Correggili e salva di nuovo.</translation>
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
        <translation>Imballaggio</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Magazzino</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Stipendi</translation>
    </message>
    <message>
        <source>Advertising outside Amazon</source>
        <translation>Pubblicità fuori da Amazon</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servizi professionali</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuale</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una tantum</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Termina il:</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>Modifica spesa</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Aggiungi spesa</translation>
    </message>
    <message>
        <source>e.g. Warehouse rent</source>
        <translation>es. affitto del magazzino</translation>
    </message>
    <message>
        <source>e.g. 39.00</source>
        <translation>es. 39,00</translation>
    </message>
    <message>
        <source>Whole business</source>
        <translation>Intera attività</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Inizia il</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina il</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoria:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporto:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Ripetizione:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Inizia il:</translation>
    </message>
    <message>
        <source>Mar&amp;ketplace:</source>
        <translation>Mar&amp;ketplace:</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU:</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>Inserisci una descrizione.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, e.g. 39.00.</source>
        <translation>Inserisci un importo maggiore di zero, es. 39,00.</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, e.g. EUR.</source>
        <translation>Inserisci un codice valuta di tre lettere, es. EUR.</translation>
    </message>
</context>
<context>
    <name>sp::ExpensesPage</name>
    <message>
        <source>&amp;Add expense…</source>
        <translation>&amp;Aggiungi spesa…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Spese</translation>
    </message>
    <message>
        <source>Costs outside Amazon (software, packaging, a warehouse, wages). They count in net profit on the days they occur, in their own currency.</source>
        <translation>Costi esterni ad Amazon (software, imballaggio, un magazzino, stipendi). Contano nell&apos;utile netto nei giorni in cui ricorrono, nella loro valuta.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Aggiungi spesa</translation>
    </message>
    <message>
        <source>Edit the chosen expense</source>
        <translation>Modifica la spesa scelta</translation>
    </message>
    <message>
        <source>Delete the chosen expense</source>
        <translation>Elimina la spesa scelta</translation>
    </message>
    <message>
        <source>Saved on the server; the list and the figures follow after the next sync.</source>
        <translation>Salvato sul server; l&apos;elenco e i dati seguiranno dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>Non salvato: nel frattempo la sessione è cambiata. Salva di nuovo.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation>Elimina spesa</translation>
    </message>
    <message>
        <source>Delete the expense &quot;%1&quot;? It no longer counts in net profit, on every computer.</source>
        <translation>Eliminare la spesa &quot;%1&quot;? Non conterà più nell&apos;utile netto, su nessun computer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminazione…</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminato.</translation>
    </message>
</context>
<context>
    <name>sp::FileErrorText</name>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>La cartella %1 non esiste. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to save the export in.</source>
        <translation>%1 non è una cartella. Scegli una cartella in cui salvare l&apos;esportazione.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room for the export in %1. Free some space or choose another folder.</source>
        <translation>Il disco è pieno: non c&apos;è spazio per l&apos;esportazione in %1. Libera spazio o scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: the folder is read-only or you are not allowed to write there. Choose another folder.</source>
        <translation>Impossibile salvare l&apos;esportazione in %1: la cartella è di sola lettura o non hai i permessi di scrittura. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: %2</source>
        <translation>Impossibile salvare l&apos;esportazione in %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be finished. Free some space or choose another folder.</source>
        <translation>Il disco è pieno: l&apos;esportazione in %1 non è stata completata. Libera spazio o scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: the folder is read-only or you are not allowed to write there.</source>
        <translation>Impossibile scrivere l&apos;esportazione in %1: la cartella è di sola lettura o non hai i permessi di scrittura.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: %2</source>
        <translation>Impossibile scrivere l&apos;esportazione in %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder: choose another file name.</source>
        <translation>%1 è una cartella: scegli un altro nome di file.</translation>
    </message>
    <message>
        <source>The export could not replace %1: the file is read-only or in use.</source>
        <translation>Impossibile sostituire %1 con l&apos;esportazione: il file è di sola lettura o in uso.</translation>
    </message>
    <message>
        <source>The export could not be saved as %1: %2</source>
        <translation>Impossibile salvare l&apos;esportazione come %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::FileLogging</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>Impossibile creare la cartella dei log %1.</translation>
    </message>
</context>
<context>
    <name>sp::FinancesPage</name>
    <message>
        <source>Posted from</source>
        <translation>Registrato dal</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanze</translation>
    </message>
    <message>
        <source>Search financial events</source>
        <translation>Cerca eventi finanziari</translation>
    </message>
    <message>
        <source>Search by order id, SKU or event id</source>
        <translation>Cerca per numero d&apos;ordine, SKU o ID evento</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo di evento</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Filter by posting date</source>
        <translation>Filtra per data di registrazione</translation>
    </message>
    <message>
        <source>Posted until</source>
        <translation>Registrato fino al</translation>
    </message>
    <message>
        <source>Financial events</source>
        <translation>Eventi finanziari</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Tutti i marketplace</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No financial events downloaded yet</source>
        <translation>Nessun evento finanziario ancora scaricato</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totale: %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventi</translation>
    </message>
    <message>
        <source>%1+ events</source>
        <translation>%1+ eventi</translation>
    </message>
</context>
<context>
    <name>sp::FinancialEventsModel</name>
    <message>
        <source>Posted</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
</context>
<context>
    <name>sp::GuidedStartChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Primi passi</translation>
    </message>
    <message>
        <source>Three steps make your profit figures complete.</source>
        <translation>Tre passi per avere cifre di profitto complete.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Nascondi</translation>
    </message>
    <message>
        <source>Hide this list for good. Settings and the products page still have everything.</source>
        <translation>Nascondi questo elenco per sempre. Le impostazioni e la pagina dei prodotti offrono comunque tutto.</translation>
    </message>
    <message>
        <source>Dismiss the getting started list</source>
        <translation>Nascondi l’elenco «Primi passi»</translation>
    </message>
    <message>
        <source>Connect your Amazon seller account</source>
        <translation>Collega il tuo account venditore Amazon</translation>
    </message>
    <message>
        <source>Connect &amp;Amazon...</source>
        <translation>Collega &amp;Amazon...</translation>
    </message>
    <message>
        <source>Enter the unit costs of the products you sell</source>
        <translation>Inserisci il costo unitario dei prodotti che vendi</translation>
    </message>
    <message>
        <source>Enter unit &amp;costs...</source>
        <translation>Inserisci i costi &amp;unitari...</translation>
    </message>
    <message>
        <source>Choose your home currency</source>
        <translation>Scegli la tua valuta principale</translation>
    </message>
    <message>
        <source>Choose c&amp;urrency...</source>
        <translation>Scegli la &amp;valuta...</translation>
    </message>
    <message>
        <source>Connected: your orders, fees and stock are downloaded.</source>
        <translation>Collegato: i tuoi ordini, le commissioni e le giacenze vengono scaricati.</translation>
    </message>
    <message>
        <source>SellerPulse reads your orders, fees and stock from Amazon once you allow it.</source>
        <translation>SellerPulse legge i tuoi ordini, le commissioni e le giacenze da Amazon non appena lo autorizzi.</translation>
    </message>
    <message>
        <source>Cost of goods needs what you pay for one unit of each product.</source>
        <translation>Il costo delle merci richiede quanto paghi per un’unità di ogni prodotto.</translation>
    </message>
    <message>
        <source>Every product you sold has a unit cost.</source>
        <translation>Ogni prodotto venduto ha un costo unitario.</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost: its cost of goods is incomplete.</source>
        <translation>1 prodotto venduto senza costo unitario: il suo costo delle merci è incompleto.</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost: their cost of goods is incomplete.</source>
        <translation>%1 prodotti venduti senza costo unitario: il loro costo delle merci è incompleto.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in %1.</source>
        <translation>La dashboard somma tutti i marketplace in %1.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in one currency: pick yours.</source>
        <translation>La dashboard somma tutti i marketplace in un’unica valuta: scegli la tua.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencyChooser</name>
    <message>
        <source>&amp;Home currency:</source>
        <translation>&amp;Valuta principale:</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Valuta principale</translation>
    </message>
    <message>
        <source>The dashboard adds up every marketplace in this currency, at daily reference rates.</source>
        <translation>La dashboard somma tutti i marketplace in questa valuta, ai tassi di riferimento giornalieri.</translation>
    </message>
    <message>
        <source>Automatic (EUR)</source>
        <translation>Automatica (EUR)</translation>
    </message>
    <message>
        <source>Automatic (%1 if rates cover it, otherwise EUR)</source>
        <translation>Automatica (%1 se ci sono tassi, altrimenti EUR)</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencySummary</name>
    <message>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Utile netto</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Commissioni Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>All marketplaces in %1</source>
        <translation>Tutti i marketplace in %1</translation>
    </message>
    <message>
        <source>%1, all marketplaces converted into %2</source>
        <translation>%1, tutti i marketplace convertiti in %2</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Nessuna vendita in questo periodo.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Nessun dato ancora scaricato.</translation>
    </message>
    <message>
        <source>Converted at daily ECB-style reference rates, each day at its own rate.</source>
        <translation>Convertito ai tassi di riferimento giornalieri (come quelli BCE), ogni giorno al proprio tasso.</translation>
    </message>
    <message>
        <source>Rates of %1 to %2 (weekends and holidays: the latest earlier rate), into %3 from %4.</source>
        <translation>Tassi dal %1 al %2 (fine settimana e festivi: l&apos;ultimo tasso precedente), in %3 da %4.</translation>
    </message>
    <message>
        <source>Every figure is already in %1: nothing to convert.</source>
        <translation>Tutti i dati sono già in %1: niente da convertire.</translation>
    </message>
    <message>
        <source>Exchange rates not yet downloaded for %1: the totals in %2 are shown once the next sync has brought them.</source>
        <translation>Tassi di cambio non ancora scaricati per %1: i totali in %2 compaiono quando la prossima sincronizzazione li avrà portati.</translation>
    </message>
</context>
<context>
    <name>sp::JobProgressPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
</context>
<context>
    <name>sp::JournalCsv</name>
    <message>
        <source>Sales</source>
        <translation>Vendite</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>Amazon fee</source>
        <translation>Commissione Amazon</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Pubblicità</translation>
    </message>
    <message>
        <source>Reserve held</source>
        <translation>Riserva trattenuta</translation>
    </message>
    <message>
        <source>Reserve released</source>
        <translation>Riserva svincolata</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Rimborso da Amazon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Amazon payout %1</source>
        <translation>Versamento Amazon %1</translation>
    </message>
    <message>
        <source>Input VAT %1 %: %2</source>
        <translation>IVA a credito %1 %: %2</translation>
    </message>
</context>
<context>
    <name>sp::KeychainUnavailableDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>&amp;Continue for this session only</source>
        <translation>&amp;Continua solo per questa sessione</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Portachiavi non disponibile</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>Il portachiavi di sistema è bloccato o non disponibile.</translation>
    </message>
    <message>
        <source>SellerPulse keeps your sign-in in the system keychain. Unlock the keychain and choose Retry, or enter your password to continue for this session only: you will have to sign in again next time.</source>
        <translation>SellerPulse conserva il tuo accesso nel portachiavi di sistema. Sblocca il portachiavi e scegli Riprova, oppure inserisci la password per continuare solo per questa sessione: la prossima volta dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Continue for this session only</source>
        <translation>Continua solo per questa sessione</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Enter your email and password to continue without the keychain.</source>
        <translation>Inserisci e-mail e password per continuare senza il portachiavi.</translation>
    </message>
</context>
<context>
    <name>sp::LanguageChooser</name>
    <message>
        <source>The language changes the next time you start SellerPulse.</source>
        <translation>La lingua cambia al prossimo avvio di SellerPulse.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>Restart SellerPulse in the chosen language</source>
        <translation>Riavvia SellerPulse nella lingua scelta</translation>
    </message>
</context>
<context>
    <name>sp::LocalSandbox</name>
    <message>
        <source>The local sandbox program was not found at %1. Reinstall SellerPulse.</source>
        <translation>Il programma della sandbox locale non è stato trovato in %1. Reinstalla SellerPulse.</translation>
    </message>
    <message>
        <source>The sandbox folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella della sandbox %1.</translation>
    </message>
    <message>
        <source>The local sandbox reported an address SellerPulse cannot use.</source>
        <translation>La sandbox locale ha indicato un indirizzo che SellerPulse non può usare.</translation>
    </message>
    <message>
        <source>The local sandbox crashed.</source>
        <translation>La sandbox locale si è arrestata in modo anomalo.</translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation>La sandbox locale si è fermata (codice di uscita %1).</translation>
    </message>
    <message>
        <source>Its last message: %1</source>
        <translation>Ultimo messaggio: %1</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Impossibile avviare la sandbox locale: %1</translation>
    </message>
</context>
<context>
    <name>sp::LoopbackRedirectListener</name>
    <message>
        <source>Return to SellerPulse</source>
        <translation>Torna a SellerPulse</translation>
    </message>
    <message>
        <source>You chose not to connect your Amazon account. You can close this tab.</source>
        <translation>Hai scelto di non connettere il tuo account Amazon. Puoi chiudere questa scheda.</translation>
    </message>
    <message>
        <source>Amazon has approved. Return to SellerPulse to check the Amazon account and finish connecting it. You can close this tab.</source>
        <translation>Amazon ha dato l&apos;autorizzazione. Torna a SellerPulse per controllare l&apos;account Amazon e completarne la connessione. Puoi chiudere questa scheda.</translation>
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
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Contenuto della sezione</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Prodotti e inventario</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanze</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Reimposta la cache e scarica di nuovo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: %1 Nothing was deleted.</source>
        <translation>Impossibile leggere i dati offline su questo computer: %1 Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Il disco è pieno.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Riprova ora</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>L&apos;ultima sincronizzazione non è riuscita.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Spese</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Riassortimento</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulazione</translation>
    </message>
</context>
<context>
    <name>sp::MainWindowActions</name>
    <message>
        <source>Change &amp;password...</source>
        <translation>Cambia &amp;password…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Si&amp;ncronizza ora</translation>
    </message>
    <message>
        <source>Download what changed on the server now (F5)</source>
        <translation>Scarica ora ciò che è cambiato sul server (F5)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Create support bundle...</source>
        <translation>&amp;Crea pacchetto di supporto…</translation>
    </message>
    <message>
        <source>&amp;Open support bundle...</source>
        <translation>&amp;Apri pacchetto di supporto…</translation>
    </message>
    <message>
        <source>Chec&amp;k the offline copy</source>
        <translation>Contro&amp;lla la copia offline</translation>
    </message>
    <message>
        <source>&amp;About SellerPulse</source>
        <translation>&amp;Informazioni su SellerPulse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non eseguito</translation>
    </message>
    <message>
        <source>Check the offline copy</source>
        <translation>Controlla la copia offline</translation>
    </message>
</context>
<context>
    <name>sp::MarketplaceFilterButton</name>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Tutti i marketplace</translation>
    </message>
    <message>
        <source>1 marketplace</source>
        <translation>1 marketplace</translation>
    </message>
    <message>
        <source>%1 marketplaces</source>
        <translation>%1 marketplace</translation>
    </message>
</context>
<context>
    <name>sp::MoneyText</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>sp::MonthForecast</name>
    <message>
        <source>No forecast on the first day of a month: it starts from the first complete day.</source>
        <translation>Nessuna previsione il primo giorno del mese: parte dal primo giorno completo.</translation>
    </message>
    <message>
        <source>No sales so far this month: nothing to forecast from.</source>
        <translation>Nessuna vendita finora questo mese: nessuna base per una previsione.</translation>
    </message>
    <message>
        <source>The month is over: these are its actual figures.</source>
        <translation>Il mese è terminato: questi sono i suoi dati effettivi.</translation>
    </message>
    <message>
        <source>Forecast from the run rate of 1 day</source>
        <translation>Previsione dal ritmo di 1 giorno</translation>
    </message>
    <message>
        <source>Forecast from the run rate of %1 days</source>
        <translation>Previsione dal ritmo di %1 giorni</translation>
    </message>
    <message>
        <source>%1, adjusted by last year&apos;s %2</source>
        <extracomment>%1 is &quot;Forecast from the run rate of N days&quot;, %2 a month&apos;s name (&quot;December&quot;)</extracomment>
        <translation>%1, corretta secondo l&apos;andamento di %2 dell&apos;anno scorso</translation>
    </message>
</context>
<context>
    <name>sp::NextPayoutLabel</name>
    <message>
        <source>%1 so far in the open period, expected about %2</source>
        <translation>%1 finora nel periodo aperto, previsto verso il %2</translation>
    </message>
    <message>
        <source>%1 on its way, expected %2</source>
        <translation>%1 in arrivo, previsto il %2</translation>
    </message>
    <message>
        <source>Next payouts: %1</source>
        <translation>Prossimi pagamenti: %1</translation>
    </message>
</context>
<context>
    <name>sp::OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Dettagli dell&apos;ordine</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Articoli dell&apos;ordine</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Spedizione</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promozione</translation>
    </message>
    <message>
        <source>Fees and refunds of the order</source>
        <translation>Commissioni e rimborsi dell&apos;ordine</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Fees, charges and refunds</source>
        <translation>Commissioni, addebiti e rimborsi</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Nessun ordine selezionato</translation>
    </message>
    <message>
        <source>Choose an order to see its items, fees and refunds.</source>
        <translation>Scegli un ordine per vederne articoli, commissioni e rimborsi.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in sospeso</translation>
    </message>
    <message>
        <source>Items: %1; nothing posted for this order yet.</source>
        <translation>Articoli: %1; per questo ordine non è ancora stato registrato nulla.</translation>
    </message>
    <message>
        <source>Items: %1; posted in total: %2</source>
        <translation>Articoli: %1; totale registrato: %2</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Lettura dell&apos;ordine…</translation>
    </message>
</context>
<context>
    <name>sp::OrdersModel</name>
    <message>
        <source>pending</source>
        <translation>in sospeso</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Acquistato il</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>sp::OrdersPage</name>
    <message>
        <source>Purchased from</source>
        <translation>Acquistato dal</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Cerca ordini</translation>
    </message>
    <message>
        <source>Search by order id, SKU, ASIN or title</source>
        <translation>Cerca per numero d&apos;ordine, SKU, ASIN o titolo</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Stato dell&apos;ordine</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Filter by purchase date</source>
        <translation>Filtra per data di acquisto</translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation>Acquistato fino al</translation>
    </message>
    <message>
        <source>Columns...</source>
        <translation>Colonne…</translation>
    </message>
    <message>
        <source>Choose the order columns</source>
        <translation>Scegli le colonne degli ordini</translation>
    </message>
    <message>
        <source>Order columns</source>
        <translation>Colonne degli ordini</translation>
    </message>
    <message>
        <source>Order rows</source>
        <translation>Righe degli ordini</translation>
    </message>
    <message>
        <source>Select all orders</source>
        <translation>Seleziona tutti gli ordini</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Tutti i marketplace</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No orders downloaded yet</source>
        <translation>Nessun ordine ancora scaricato</translation>
    </message>
    <message>
        <source>1 matching order</source>
        <translation>1 ordine corrispondente</translation>
    </message>
    <message>
        <source>%1 matching orders</source>
        <translation>%1 ordini corrispondenti</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 ordine</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 ordini</translation>
    </message>
    <message>
        <source>%1+ matching orders</source>
        <translation>%1+ ordini corrispondenti</translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation>%1+ ordini</translation>
    </message>
</context>
<context>
    <name>sp::PayoutCheck</name>
    <message>
        <source>A payout has no settlement id; nothing was written.</source>
        <translation>Un versamento non ha un ID di liquidazione; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Payout %1 has no currency; nothing was written.</source>
        <translation>Il versamento %1 non ha una valuta; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Payout %1 has no valid settlement period; nothing was written.</source>
        <translation>Il versamento %1 non ha un periodo di liquidazione valido; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>Il versamento %1 è più grande di quanto un file contabile possa contenere; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2 but one of its lines is in %3; nothing was written.</source>
        <translation>Il versamento %1 è in %2 ma una delle sue voci è in %3; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>nessuna valuta</translation>
    </message>
    <message>
        <source>A line of payout %1 has no date; nothing was written.</source>
        <translation>Una voce del versamento %1 non ha una data; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>A line of payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>Una voce del versamento %1 è più grande di quanto un file contabile possa contenere; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Payout %1 does not balance: its lines add up to %2 %4 but the payout is %3 %4 (difference %5 %4); nothing was written.</source>
        <translation>Il versamento %1 non quadra: le sue voci sommano %2 %4 ma il versamento è di %3 %4 (differenza %5 %4); non è stato scritto nulla.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutPostings</name>
    <message>
        <source>The VAT rate on fees must be from 0 to 100 %.</source>
        <translation>L’aliquota IVA sulle commissioni deve essere tra 0 e 100 %.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagato il</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conto</translation>
    </message>
    <message>
        <source>What the payout is made of</source>
        <translation>Composizione del pagamento</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Movimenti</translation>
    </message>
    <message>
        <source>Open: still growing</source>
        <translation>Aperto: in crescita</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Nulla da pagare</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (previsto)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Vendite: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Rimborsi: %1</translation>
    </message>
    <message>
        <source>Amazon fee: %1</source>
        <translation>Commissione Amazon: %1</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Pubblicità</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Rimborsi di Amazon</translation>
    </message>
    <message>
        <source>Reserve released from the previous payout</source>
        <translation>Riserva svincolata dal pagamento precedente</translation>
    </message>
    <message>
        <source>Reserve held back by Amazon</source>
        <translation>Riserva trattenuta da Amazon</translation>
    </message>
    <message>
        <source>Other: %1, %2</source>
        <translation>Altro: %1, %2</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>No payouts downloaded yet.</source>
        <translation>Nessun pagamento ancora scaricato.</translation>
    </message>
    <message>
        <source>No payouts yet: Amazon pays about every 14 days.</source>
        <translation>Ancora nessun pagamento: Amazon paga circa ogni 14 giorni.</translation>
    </message>
    <message>
        <source>1 payout</source>
        <translation>1 pagamento</translation>
    </message>
    <message>
        <source>%1 payouts</source>
        <translation>%1 pagamenti</translation>
    </message>
    <message>
        <source>Select a payout to see what it is made of.</source>
        <translation>Seleziona un pagamento per vederne la composizione.</translation>
    </message>
    <message>
        <source>%1 (net %2)</source>
        <translation>%1 (netto %2)</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Payout of %1 — orders settled: %2</source>
        <translation>Pagamento del %1 — ordini regolati: %2</translation>
    </message>
    <message>
        <source>Difference: %1 — matches the payout.</source>
        <translation>Differenza: %1 — corrisponde al pagamento.</translation>
    </message>
    <message>
        <source>Difference: %1 — this computer has %2 of the payout&apos;s %3 events; the next sync downloads the rest.</source>
        <translation>Differenza: %1 — questo computer ha %2 dei %3 movimenti del pagamento; la prossima sincronizzazione scarica il resto.</translation>
    </message>
    <message>
        <source>Difference: %1 — the events do not add up to the amount Amazon reports. Sync again; if it stays, create a support bundle (Help menu).</source>
        <translation>Differenza: %1 — i movimenti non danno l&apos;importo indicato da Amazon. Sincronizza di nuovo; se resta, crea un pacchetto di assistenza (menu Aiuto).</translation>
    </message>
    <message>
        <source>The period is still open: the amount grows until it ends.</source>
        <translation>Il periodo è ancora aperto: l&apos;importo cresce fino alla sua fine.</translation>
    </message>
    <message>
        <source>Orders the payout settles</source>
        <translation>Ordini regolati dal pagamento</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Acquistato il</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Voci</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>1 event of this order in the payout</source>
        <translation>1 movimento di questo ordine nel pagamento</translation>
    </message>
    <message>
        <source>%1 events of this order in the payout</source>
        <translation>%1 movimenti di questo ordine nel pagamento</translation>
    </message>
    <message>
        <source>No orders in this payout.</source>
        <translation>Nessun ordine in questo pagamento.</translation>
    </message>
    <message>
        <source>First %1 of %2 orders (by order number).</source>
        <translation>Primi %1 di %2 ordini (per numero d&apos;ordine).</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 ordine</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 ordini</translation>
    </message>
    <message>
        <source>What this payout holds for each order: the sum of the order&apos;s events in it (the sale, Amazon&apos;s fees, refunds). The purchase day is empty when this computer does not have the order.</source>
        <translation>Quanto questo pagamento contiene per ogni ordine: la somma dei movimenti dell&apos;ordine in esso (la vendita, le commissioni Amazon, i rimborsi). La data di acquisto è vuota quando questo computer non ha l&apos;ordine.</translation>
    </message>
    <message>
        <source>about %1 (expected)</source>
        <translation>circa %1 (previsto)</translation>
    </message>
</context>
<context>
    <name>sp::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>Impossibile creare il PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>No rows for this period.</source>
        <translation>Nessuna riga per questo periodo.</translation>
    </message>
</context>
<context>
    <name>sp::PeriodFilterBar</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mese in corso</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Anno in corso</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizzato</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsClient</name>
    <message>
        <source>The server&apos;s answer about permissions was not understood.</source>
        <translation>La risposta del server sulle autorizzazioni non è stata compresa.</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsSection</name>
    <message>
        <source>SellerPulse only reads your Amazon data unless you turn on a feature below. Each one asks you to confirm what it allows; you can turn it off at any time.</source>
        <translation>SellerPulse legge soltanto i tuoi dati Amazon, a meno che tu non attivi una funzione qui sotto. Ognuna ti chiede di confermare cosa consente; puoi disattivarla in qualsiasi momento.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation>%1 è attivo.</translation>
    </message>
    <message>
        <source>%1 is off.</source>
        <translation>%1 è disattivato.</translation>
    </message>
    <message>
        <source>On since %1</source>
        <translation>Attivo dal %1</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Attiva %1</translation>
    </message>
    <message>
        <source>%1

This changes data on your Amazon account. Turn it on?</source>
        <translation>%1

Questo modifica i dati del tuo account Amazon. Attivarlo?</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Attiva</translation>
    </message>
</context>
<context>
    <name>sp::PlanningWiring</name>
    <message>
        <source>Alerts (%1)</source>
        <translation>Avvisi (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
</context>
<context>
    <name>sp::ProductsModel</name>
    <message>
        <source>not set</source>
        <translation>non impostato</translation>
    </message>
    <message>
        <source>No unit cost entered: cost of goods incomplete</source>
        <translation>Nessun costo unitario inserito: costo delle merci incompleto</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 dal %2</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Non vendibile</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
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
        <translation>&amp;Salva costo unitario</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Prodotti e inventario</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cerca prodotti</translation>
    </message>
    <message>
        <source>Search by SKU, ASIN or title</source>
        <translation>Cerca per SKU, ASIN o titolo</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
    <message>
        <source>Unit cost of the chosen product</source>
        <translation>Costo unitario del prodotto scelto</translation>
    </message>
    <message>
        <source>Currency of the unit cost</source>
        <translation>Valuta del costo unitario</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>e.g. 4.20</source>
        <translation>ad es. 4,20</translation>
    </message>
    <message>
        <source>Unit cost applies from</source>
        <translation>Costo unitario valido dal</translation>
    </message>
    <message>
        <source>Save unit cost</source>
        <translation>Salva costo unitario</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Prodotto:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Cost per &amp;unit:</source>
        <translation>Costo per &amp;unità:</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Valido &amp;dal:</translation>
    </message>
    <message>
        <source>No products downloaded yet</source>
        <translation>Nessun prodotto ancora scaricato</translation>
    </message>
    <message>
        <source>Choose a product in the table</source>
        <translation>Scegli un prodotto nella tabella</translation>
    </message>
    <message>
        <source>Offline: unit costs are saved on the server, so entering one needs a connection.</source>
        <translation>Offline: i costi unitari vengono salvati sul server, quindi per inserirli serve una connessione.</translation>
    </message>
    <message>
        <source>Enter the cost of one unit as an amount, e.g. 4.20.</source>
        <translation>Inserisci il costo di un&apos;unità come importo, ad es. 4,20.</translation>
    </message>
    <message>
        <source>Choose the currency of the unit cost.</source>
        <translation>Scegli la valuta del costo unitario.</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Cost of goods follows after the next sync.</source>
        <translation>Costo unitario di %1 salvato. Il costo delle merci si aggiorna dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>The unit cost of %1 was not saved: %2</source>
        <translation>Il costo unitario di %1 non è stato salvato: %2</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 prodotto</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 prodotti</translation>
    </message>
    <message>
        <source>1 matching product</source>
        <translation>1 prodotto corrispondente</translation>
    </message>
    <message>
        <source>%1 matching products</source>
        <translation>%1 prodotti corrispondenti</translation>
    </message>
    <message>
        <source>Sold wi&amp;thout a cost</source>
        <translation>Venduti senza c&amp;osto</translation>
    </message>
    <message>
        <source>Only products sold without a unit cost</source>
        <translation>Solo i prodotti venduti senza costo unitario</translation>
    </message>
    <message>
        <source>Only the products sold without a unit cost for the day of the sale, highest revenue first: their cost of goods is incomplete.</source>
        <translation>Solo i prodotti venduti senza un costo unitario per il giorno della vendita, prima quelli con più ricavi: il loro costo delle merci è incompleto.</translation>
    </message>
    <message>
        <source>Every product sold has a unit cost</source>
        <translation>Ogni prodotto venduto ha un costo unitario</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost</source>
        <translation>1 prodotto venduto senza costo unitario</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost</source>
        <translation>%1 prodotti venduti senza costo unitario</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Updating the cost of goods...</source>
        <translation>Costo unitario di %1 salvato. Aggiornamento del costo delle merci...</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. The cost of goods includes it now.</source>
        <translation>Costo unitario di %1 salvato. Il costo delle merci ora lo include.</translation>
    </message>
</context>
<context>
    <name>sp::Profile</name>
    <message>
        <source>The profile folder %1 cannot be created or protected. Check that it is writable.</source>
        <translation>Impossibile creare o proteggere la cartella del profilo %1. Verifica che sia scrivibile.</translation>
    </message>
    <message>
        <source>No folder for application data was found.</source>
        <translation>Non è stata trovata alcuna cartella per i dati dell&apos;applicazione.</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be written.</source>
        <translation>Impossibile scrivere le impostazioni del profilo %1.</translation>
    </message>
</context>
<context>
    <name>sp::QtKeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Il portachiavi non contiene questa voce.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable (%1).</source>
        <translation>Il portachiavi di sistema è bloccato o non disponibile (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Errore del portachiavi: %1</translation>
    </message>
    <message>
        <source>The value is too large for the system keychain (%1 bytes, at most %2).</source>
        <translation>Il valore è troppo grande per il portachiavi di sistema (%1 byte, al massimo %2).</translation>
    </message>
</context>
<context>
    <name>sp::ReportBuilder</name>
    <message>
        <source>Profit and loss by month</source>
        <translation>Conto economico per mese</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Vendite per prodotto</translation>
    </message>
    <message>
        <source>Fee breakdown</source>
        <translation>Dettaglio delle commissioni</translation>
    </message>
    <message>
        <source>Refunds and returns</source>
        <translation>Rimborsi e resi</translation>
    </message>
    <message>
        <source>Inventory health</source>
        <translation>Stato dell&apos;inventario</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Scegli un periodo il cui primo giorno non sia successivo all&apos;ultimo.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Pending orders (estimated)</source>
        <translation>Ordini in sospeso (stima)</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Commissioni Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Rimborsi</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Pubblicità</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Indennizzi</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Costo delle merci</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Utile netto</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Ricavi e utile netto per mese</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Net profit (before advertising)</source>
        <translation>Utile netto (prima della pubblicità)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commissione</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Registrazioni</translation>
    </message>
    <message>
        <source>Share of fees</source>
        <translation>Quota delle commissioni</translation>
    </message>
    <message>
        <source>Fees by kind</source>
        <translation>Commissioni per tipo</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Commissioni</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unità vendute</translation>
    </message>
    <message>
        <source>Refunded items</source>
        <translation>Articoli rimborsati</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Importo rimborsato</translation>
    </message>
    <message>
        <source>Refunded items per 100 units sold</source>
        <translation>Articoli rimborsati ogni 100 unità vendute</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Riservato</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Non vendibile</translation>
    </message>
    <message>
        <source>Units sold (30 days)</source>
        <translation>Unità vendute (30 giorni)</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Giorni di copertura</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Data di acquisto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Logistica</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Totale dell&apos;ordine</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Altre spese</translation>
    </message>
</context>
<context>
    <name>sp::ReportHeaderText</name>
    <message>
        <source>Snapshot (no period)</source>
        <translation>Istantanea (nessun periodo)</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: dal %1 al %2</translation>
    </message>
    <message>
        <source>Marketplaces: all</source>
        <translation>Marketplace: tutti</translation>
    </message>
    <message>
        <source>Marketplaces: %1</source>
        <translation>Marketplace: %1</translation>
    </message>
    <message>
        <source>Data as of: not synced yet</source>
        <translation>Dati: non ancora sincronizzati</translation>
    </message>
    <message>
        <source>Data as of %1 UTC</source>
        <translation>Dati aggiornati al %1 UTC</translation>
    </message>
</context>
<context>
    <name>sp::ReportsPage</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel...</source>
        <translation>Esporta &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Periodo del report</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Report dal</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Report fino al</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Esporta come CSV</translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation>Esporta come cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Esporta come PDF</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabella del report</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Grafico del report</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Scegli un report.</translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>Scegli un periodo il cui inizio non sia successivo alla fine.</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Nessun dato ancora scaricato</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, dal %2 al %3</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Non c&apos;è nessun report da esportare.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Un&apos;altra esportazione è ancora in corso.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avanzamento dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Esportazione in corso</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Scrittura di %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>L&apos;esportazione non è riuscita e nessun file è stato scritto: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Avanzamento del report</translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation>Annulla la creazione del report</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Creazione del report…</translation>
    </message>
    <message>
        <source>Report cancelled. Choose a report or period to build it again.</source>
        <translation>Report annullato. Scegli un report o un periodo per crearlo di nuovo.</translation>
    </message>
    <message>
        <source>Report cancelled; the table still shows the previous report.</source>
        <translation>Report annullato; la tabella mostra ancora il report precedente.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Apri il file esportato</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Mostra il file esportato nella sua cartella</translation>
    </message>
    <message>
        <source>CSV for spreadsheets in this language: semicolons, decimal comma (*.csv)</source>
        <translation>CSV per fogli di calcolo in questa lingua: punto e virgola, virgola decimale (*.csv)</translation>
    </message>
    <message>
        <source>CSV, international: commas, decimal point (*.csv)</source>
        <translation>CSV internazionale: virgole, punto decimale (*.csv)</translation>
    </message>
</context>
<context>
    <name>sp::RestockPage</name>
    <message>
        <source>Default lead time in days</source>
        <translation>Tempo di consegna predefinito in giorni</translation>
    </message>
    <message>
        <source>Default safety days</source>
        <translation>Giorni di sicurezza predefiniti</translation>
    </message>
    <message>
        <source>Save &amp;default</source>
        <translation>Salva &amp;predefinito</translation>
    </message>
    <message>
        <source>Lead time of the chosen SKU in days</source>
        <translation>Tempo di consegna dello SKU scelto in giorni</translation>
    </message>
    <message>
        <source>Safety days of the chosen SKU</source>
        <translation>Giorni di sicurezza dello SKU scelto</translation>
    </message>
    <message>
        <source>Save for this &amp;SKU</source>
        <translation>Salva per questo &amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>&amp;Usa il predefinito</translation>
    </message>
    <message>
        <source>Export purchase list as &amp;CSV…</source>
        <translation>Esporta la lista d’acquisto in &amp;CSV…</translation>
    </message>
    <message>
        <source>Export purchase list as E&amp;xcel…</source>
        <translation>Esporta la lista d’acquisto in E&amp;xcel…</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Riassortimento</translation>
    </message>
    <message>
        <source>When to reorder each SKU and how much, from its sales of the last 30 days, last year&apos;s season, its stock and your lead time and safety days. Hover over a column title for its formula.</source>
        <translation>Quando riordinare ogni SKU e quanto, in base alle vendite degli ultimi 30 giorni, alla stagione dell’anno scorso, alle scorte e al tuo tempo di consegna e giorni di sicurezza. Passa sopra il titolo di una colonna per vederne la formula.</translation>
    </message>
    <message>
        <source>Restock plan</source>
        <translation>Piano di riassortimento</translation>
    </message>
    <message>
        <source>Lead time and safety days of every SKU without its own.</source>
        <translation>Tempo di consegna e giorni di sicurezza di ogni SKU senza impostazione propria.</translation>
    </message>
    <message>
        <source>Remove this SKU&apos;s own setting: it follows the default again.</source>
        <translation>Rimuovi l’impostazione propria di questo SKU: segue di nuovo il predefinito.</translation>
    </message>
    <message>
        <source>Saving the default…</source>
        <translation>Salvataggio del predefinito…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Rimozione…</translation>
    </message>
    <message>
        <source>Purchase list saved to %1.</source>
        <translation>Lista d’acquisto salvata in %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Esportazione annullata.</translation>
    </message>
    <message>
        <source>Saved on the server; the plan follows after the next sync.</source>
        <translation>Salvato sul server; il piano seguirà dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Default lead time (days):</source>
        <translation>Tempo di consegna predefinito (giorni):</translation>
    </message>
    <message>
        <source>safety days:</source>
        <translation>giorni di sicurezza:</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>Non salvato: nel frattempo la sessione è cambiata. Salva di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) to reorder</source>
        <translation>
            <numerusform>%n SKU da riordinare</numerusform>
            <numerusform>%n SKU da riordinare</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set yet: 30 lead days and 14 safety days apply.</source>
        <translation>Non ancora impostato: valgono 30 giorni di consegna e 14 giorni di sicurezza.</translation>
    </message>
    <message>
        <source>Lead time and safety days of %1:</source>
        <translation>Tempo di consegna e giorni di sicurezza di %1:</translation>
    </message>
    <message>
        <source>Choose a SKU to set its own lead time and safety days.</source>
        <translation>Scegli uno SKU per impostarne tempo di consegna e giorni di sicurezza propri.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>No SKU needs an order: the purchase list is empty.</source>
        <translation>Nessuno SKU va ordinato: la lista d’acquisto è vuota.</translation>
    </message>
    <message>
        <source>purchase-list</source>
        <translation>lista-acquisto</translation>
    </message>
    <message>
        <source>Export purchase list</source>
        <translation>Esporta la lista d’acquisto</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Un’altra esportazione è ancora in corso.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Esportazione in %1...</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 giorni</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anno scorso</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Stagione</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponibile alla vendita</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Giorni di copertura</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Tempo di consegna</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Giorni di sicurezza</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Costo dell’ordine</translation>
    </message>
    <message>
        <source>Units per day last year in the same weeks (52 weeks ago), over the coming lead time + safety days.</source>
        <translation>Unità al giorno l’anno scorso nelle stesse settimane (52 settimane fa), sul tempo di consegna + giorni di sicurezza a venire.</translation>
    </message>
    <message>
        <source>Days from ordering until the stock can be sold (yours for this SKU, or the default).</source>
        <translation>Giorni dall’ordine finché la merce può essere venduta (il tuo per questo SKU, o il predefinito).</translation>
    </message>
    <message>
        <source>Days of stock kept in reserve on top of the lead time.</source>
        <translation>Giorni di scorta tenuti di riserva oltre al tempo di consegna.</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>nessuno storico</translation>
    </message>
    <message>
        <source>no unit cost</source>
        <translation>nessun costo unitario</translation>
    </message>
    <message>
        <source>This SKU&apos;s own setting</source>
        <translation>Impostazione propria di questo SKU</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>Il predefinito</translation>
    </message>
    <message>
        <source>Units per day: %1 over 7 days, %2 over 30 days, %3 over 90 days; last year in the coming weeks: %4</source>
        <translation>Unità al giorno: %1 su 7 giorni, %2 su 30 giorni, %3 su 90 giorni; l&apos;anno scorso nelle prossime settimane: %4</translation>
    </message>
    <message>
        <source>Kept within 0.5 to 3.</source>
        <translation>Limitato tra 0,5 e 3.</translation>
    </message>
    <message>
        <source>For %1 lead days and %2 safety days (%3)</source>
        <translation>Per %1 giorni di consegna e %2 giorni di sicurezza (%3)</translation>
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
        <translation>Nord America</translation>
    </message>
    <message>
        <source>Far East</source>
        <translation>Estremo Oriente</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Esaurito</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Ordina ora</translation>
    </message>
    <message>
        <source>Order by %1</source>
        <translation>Ordina entro il %1</translation>
    </message>
    <message>
        <source>Units sold per day over the whole days before today (7, 30 or 90 days), every marketplace of the region together. The plan uses the 30-day figure times the season factor.</source>
        <translation>Unità vendute al giorno nei giorni interi prima di oggi (7, 30 o 90 giorni), tutti i marketplace della regione insieme. Il piano usa il valore a 30 giorni per il fattore stagionale.</translation>
    </message>
    <message>
        <source>Season factor: last year&apos;s units per day in the coming lead time + safety days (52 weeks ago), divided by last year&apos;s units per day in the 30 days before that, kept between 0.5 and 3. It is 1 without a year of history (no sale in a month before last year&apos;s 30 days) or without sales in those 30 days.</source>
        <translation>Fattore stagionale: unità al giorno dell’anno scorso nel tempo di consegna + giorni di sicurezza a venire (52 settimane fa), divise per le unità al giorno dell’anno scorso nei 30 giorni precedenti, limitato tra 0,5 e 3. Vale 1 senza un anno di storico (nessuna vendita in un mese prima di quei 30 giorni dell’anno scorso) o senza vendite in quei 30 giorni.</translation>
    </message>
    <message>
        <source>Days of cover = (fulfillable + inbound) / planned units per day, where planned units per day = 30-day units per day x season factor.</source>
        <translation>Giorni di copertura = (disponibile + in arrivo) / unità previste al giorno, dove unità previste al giorno = unità al giorno su 30 giorni x fattore stagionale.</translation>
    </message>
    <message>
        <source>Quantity = planned units per day x (lead time + safety days + 30), rounded up, minus fulfillable and inbound stock; never below zero. A SKU that sells nothing needs no order.</source>
        <translation>Quantità = unità previste al giorno x (tempo di consegna + giorni di sicurezza + 30), arrotondata per eccesso, meno le scorte disponibili e in arrivo; mai sotto zero. Uno SKU che non vende non richiede ordini.</translation>
    </message>
    <message>
        <source>Unit cost in force today x quantity, in the currency the SKU sold most in over 90 days in that region. Empty without a unit cost.</source>
        <translation>Costo unitario in vigore oggi x quantità, nella valuta in cui lo SKU ha venduto di più in 90 giorni in quella regione. Vuoto senza costo unitario.</translation>
    </message>
    <message>
        <source>Purchase list</source>
        <translation>Lista d’acquisto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Reorder by</source>
        <translation>Ordina entro</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponibile alla vendita</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>In arrivo</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Tempo di consegna (giorni)</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Giorni di sicurezza</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Costo unitario</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Costo dell’ordine</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Nessuna vendita</translation>
    </message>
    <message>
        <source>Reorder date = today + the whole days of cover left after lead time and safety days (never before today). Out of stock and order-now rows come first; a SKU without sales needs no order.</source>
        <translation>Data di riordino = oggi + i giorni interi di copertura rimasti dopo tempo di consegna e giorni di sicurezza (mai prima di oggi). Le righe esaurite e da ordinare subito vengono prima; uno SKU senza vendite non richiede ordini.</translation>
    </message>
</context>
<context>
    <name>sp::RestockSettingsClient</name>
    <message>
        <source>Lead times and safety days can be changed when SellerPulse is online; you are offline.</source>
        <translation>Tempi di consegna e giorni di sicurezza si possono modificare quando SellerPulse è online; sei offline.</translation>
    </message>
    <message>
        <source>The server did not accept these values: the lead time must be 1 to 365 days, the safety days 0 to 365. Correct them and save again.</source>
        <translation>Il server non ha accettato questi valori: il tempo di consegna deve essere da 1 a 365 giorni, i giorni di sicurezza da 0 a 365. Correggili e salva di nuovo.</translation>
    </message>
    <message>
        <source>The server does not know this SKU (or it has no setting of its own). Sync, then try again.</source>
        <translation>Il server non conosce questo SKU (o non ha un’impostazione propria). Sincronizza, poi riprova.</translation>
    </message>
    <message>
        <source>Enter a lead time of 1 to 365 days and 0 to 365 safety days.</source>
        <translation>Inserisci un tempo di consegna da 1 a 365 giorni e da 0 a 365 giorni di sicurezza.</translation>
    </message>
</context>
<context>
    <name>sp::RunMarker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::SalesSummary</name>
    <message>
        <source>The offline cache&apos;s summaries could not be updated (%1).</source>
        <translation>Impossibile aggiornare i riepiloghi dei dati offline (%1).</translation>
    </message>
</context>
<context>
    <name>sp::ServerChoice</name>
    <message>
        <source>A CA file cannot be used for the SellerPulse cloud: its certificate is checked against the system&apos;s certificate authorities only.</source>
        <translation>Non è possibile usare un file CA per il cloud SellerPulse: il suo certificato viene verificato solo con le autorità di certificazione del sistema.</translation>
    </message>
    <message>
        <source>SellerPulse</source>
        <translation>SellerPulse</translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation>sandbox locale</translation>
    </message>
</context>
<context>
    <name>sp::ServerConfig</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Il file CA %1 non esiste.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file CA %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is too large to be a certificate file.</source>
        <translation>Il file CA %1 è troppo grande per essere un file di certificati.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>Il file CA %1 non contiene alcun certificato PEM.</translation>
    </message>
</context>
<context>
    <name>sp::Session</name>
    <message>
        <source>The system keychain is locked or unavailable, so your saved session cannot be read. Unlock the keychain and retry, or sign in for this session only.</source>
        <translation>Il portachiavi di sistema è bloccato o non disponibile, quindi la sessione salvata non può essere letta. Sblocca il portachiavi e riprova, oppure accedi solo per questa sessione.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Ti sei disconnesso.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere: the password was changed or this session was ended on another device. Sign in again.</source>
        <translation>Sei stato disconnesso altrove: la password è stata cambiata o questa sessione è stata chiusa su un altro dispositivo. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>La sessione è scaduta. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again; if this happens again, change your password.</source>
        <translation>La sessione è stata chiusa per sicurezza perché il suo token di accesso è stato usato due volte. Accedi di nuovo; se succede ancora, cambia la password.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1), so you will need to sign in again next time. Unlock the keychain, or check that a Secret Service (such as GNOME Keyring or KWallet) is running. Until you quit, you stay signed in.</source>
        <translation>Non è stato possibile salvare il tuo accesso nel portachiavi di sistema (%1), quindi la prossima volta dovrai accedere di nuovo. Sblocca il portachiavi o verifica che sia in esecuzione un Secret Service (come GNOME Keyring o KWallet). Finché non esci, rimani connesso.</translation>
    </message>
    <message>
        <source>Your saved sign-in belongs to another server, or this server&apos;s certificate has changed, so it was not sent and has been removed. Sign in again.</source>
        <translation>Il tuo accesso salvato appartiene a un altro server, oppure il certificato di questo server è cambiato, quindi non è stato inviato ed è stato rimosso. Accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>sp::SessionHost</name>
    <message>
        <source>Sign out before choosing another server.</source>
        <translation>Disconnettiti prima di scegliere un altro server.</translation>
    </message>
</context>
<context>
    <name>sp::SettingsPage</name>
    <message>
        <source>Reset the cache and download again...</source>
        <translation>Reimposta la cache e scarica di nuovo…</translation>
    </message>
    <message>
        <source>Account and security</source>
        <translation>Account e sicurezza</translation>
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
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervallo di sincronizzazione in minuti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask (Sync now)</source>
        <translation>Solo su richiesta (Sincronizza ora)</translation>
    </message>
    <message>
        <source>How often SellerPulse downloads what changed; 0 for only on demand.</source>
        <translation>Ogni quanto SellerPulse scarica ciò che è cambiato; 0 solo su richiesta.</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Reimposta la cache e scarica di nuovo</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Dati offline</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sincronizza ogni:</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sezioni delle impostazioni</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Connessione Amazon</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorizzazioni</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>I tuoi dati</translation>
    </message>
    <message>
        <source>Reset the cache</source>
        <translation>Reimposta la cache</translation>
    </message>
    <message>
        <source>Delete the downloaded data of this account from this computer and download everything again? Until the download is complete, less is readable offline.</source>
        <translation>Eliminare da questo computer i dati scaricati di questo account e scaricare di nuovo tutto? Finché il download non è completo, offline sarà leggibile meno.</translation>
    </message>
    <message>
        <source>Reset and download again</source>
        <translation>Reimposta e scarica di nuovo</translation>
    </message>
</context>
<context>
    <name>sp::SettingsSecuritySection</name>
    <message>
        <source>Change password...</source>
        <translation>Cambia password…</translation>
    </message>
    <message>
        <source>Sign out...</source>
        <translation>Disconnetti…</translation>
    </message>
    <message>
        <source>Sign out everywhere...</source>
        <translation>Disconnetti ovunque…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Disconnetti ovunque</translation>
    </message>
    <message>
        <source>Security contact</source>
        <translation>Contatto per la sicurezza</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Changing your password signs out all your other devices at once.</source>
        <translation>Cambiare la password disconnette subito tutti gli altri tuoi dispositivi.</translation>
    </message>
    <message>
        <source>Every device, this one included, was signed out.</source>
        <translation>Tutti i dispositivi, compreso questo, sono stati disconnessi.</translation>
    </message>
    <message>
        <source>Found a security problem? Write to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we answer within %2 hours. How SellerPulse protects your data: &lt;a href=&quot;%3&quot;&gt;security and data protection&lt;/a&gt;.</source>
        <translation>Hai trovato un problema di sicurezza? Scrivi a &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; rispondiamo entro %2 ore. Come SellerPulse protegge i tuoi dati: &lt;a href=&quot;%3&quot;&gt;sicurezza e protezione dei dati&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Sign out on every device where your account is signed in, this computer included? Each device asks for the password again.</source>
        <translation>Disconnettersi da tutti i dispositivi in cui il tuo account ha eseguito l&apos;accesso, compreso questo computer? Ogni dispositivo chiederà di nuovo la password.</translation>
    </message>
</context>
<context>
    <name>sp::SettledShareLabel</name>
    <message>
        <source>Settled: the money of this period&apos;s Amazon events (sales, fees, refunds, advertising) that is in a closed payout, paid out or on its way to your bank. Amazon no longer changes it.
Still estimated: events in the payout period still open, or not yet in any payout; their amounts can still change until Amazon closes the period.</source>
        <translation>Regolato: il denaro dei movimenti Amazon di questo periodo (vendite, commissioni, rimborsi, pubblicità) che si trova in un pagamento chiuso, pagato o in arrivo sulla tua banca. Amazon non lo modifica più.
Ancora stimato: movimenti del periodo di pagamento ancora aperto, o non ancora in alcun pagamento; i loro importi possono ancora cambiare finché Amazon non chiude il periodo.</translation>
    </message>
    <message>
        <source>%1: %2 settled (paid out or on its way); %3 still estimated (open payout period)</source>
        <translation>%1: %2 regolati (pagati o in arrivo); %3 ancora stimati (periodo di pagamento aperto)</translation>
    </message>
    <message>
        <source>%1: %2 % settled (%3, paid out or on its way); %4 % still estimated (%5, open payout period)</source>
        <translation>%1: %2 % regolato (%3, pagato o in arrivo); %4 % ancora stimato (%5, periodo di pagamento aperto)</translation>
    </message>
</context>
<context>
    <name>sp::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>SellerPulse cloud (%1)</source>
        <translation>Cloud SellerPulse (%1)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Server personalizzato</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Sign in to SellerPulse</source>
        <translation>Accedi a SellerPulse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Accesso in corso</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>Advanced server settings</source>
        <translation>Impostazioni avanzate del server</translation>
    </message>
    <message>
        <source>SellerPulse cloud</source>
        <translation>Cloud SellerPulse</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del server</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>File del certificato CA</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Solo per un server con un proprio certificato</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Scegli un file di certificato CA</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL del server:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>File CA:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Enter the email address of your SellerPulse account.</source>
        <translation>Inserisci l&apos;indirizzo e-mail del tuo account SellerPulse.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Inserisci la password.</translation>
    </message>
    <message>
        <source>This server cannot be used: %1</source>
        <translation>Questo server non può essere usato: %1</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>Scegli il certificato CA del server</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>sp::SignOutDialog</name>
    <message>
        <source>Also remove this computer&apos;s SellerPulse data for this account</source>
        <translation>Rimuovi anche i dati SellerPulse di questo account da questo computer</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse?</source>
        <translation>Disconnettersi da SellerPulse?</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse as %1?</source>
        <translation>Disconnettersi da SellerPulse come %1?</translation>
    </message>
    <message>
        <source>The downloaded orders, products and finances of this account are deleted from this computer, and their key is removed from the system keychain. Your data on the server stays. Without this, the encrypted copy stays for your next sign-in.</source>
        <translation>Gli ordini, i prodotti e le finanze scaricati di questo account vengono eliminati da questo computer e la loro chiave viene rimossa dal portachiavi di sistema. I tuoi dati sul server restano. Senza questa opzione, la copia crittografata resta per il prossimo accesso.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>sp::SingleInstance</name>
    <message>
        <source>SellerPulse is already running with this profile; its window was brought to the front.</source>
        <translation>SellerPulse è già in esecuzione con questo profilo; la sua finestra è stata portata in primo piano.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile, but it did not answer.</source>
        <translation>SellerPulse è già in esecuzione con questo profilo, ma non ha risposto.</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: %1</source>
        <translation>Impossibile garantire che SellerPulse venga eseguito una sola volta per questo profilo: %1</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: there is no private folder for its socket.</source>
        <translation>Impossibile garantire che SellerPulse venga eseguito una sola volta per questo profilo: non esiste una cartella privata per il suo socket.</translation>
    </message>
</context>
<context>
    <name>sp::SmokeTest</name>
    <message>
        <source>signing in needs the user: %1</source>
        <translation>l&apos;accesso richiede l&apos;utente: %1</translation>
    </message>
    <message>
        <source>the main window was not shown and signed in within %1 s</source>
        <translation>la finestra principale non è stata mostrata con accesso eseguito entro %1 s</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>impossibile scrivere lo screenshot in %1</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; no screenshot was taken, so that its session is left alone.</source>
        <translation>SellerPulse è già in esecuzione con questo profilo; non è stato acquisito alcuno screenshot, per non interferire con la sua sessione.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; the smoke test leaves its session alone.</source>
        <translation>SellerPulse è già in esecuzione con questo profilo; lo smoke test non interferisce con la sua sessione.</translation>
    </message>
    <message>
        <source>the first sync did not finish within %1 s, so the dashboard has no data to show</source>
        <translation>la prima sincronizzazione non è terminata entro %1 s, quindi la dashboard non ha dati da mostrare</translation>
    </message>
    <message>
        <source>the first sync failed, so the dashboard has no data to show: %1</source>
        <translation>la prima sincronizzazione non è riuscita, quindi la dashboard non ha dati da mostrare: %1</translation>
    </message>
</context>
<context>
    <name>sp::SummarySql</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Impossibile leggere i dati offline (%1).</translation>
    </message>
</context>
<context>
    <name>sp::SupportActions</name>
    <message>
        <source>Open support bundle</source>
        <translation>Apri pacchetto di supporto</translation>
    </message>
    <message>
        <source>Support bundles (*.zip);;All files (*)</source>
        <translation>Pacchetti di supporto (*.zip);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly</source>
        <translation>SellerPulse si è chiuso in modo imprevisto</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly the last time it ran. If it happens again, a support bundle helps us find out why: it holds versions, settings and the recent log, and you see everything in it before you save it.</source>
        <translation>L&apos;ultima volta SellerPulse si è chiuso in modo imprevisto. Se succede di nuovo, un pacchetto di supporto ci aiuta a capirne il motivo: contiene versioni, impostazioni e il log recente, e puoi vederne tutto il contenuto prima di salvarlo.</translation>
    </message>
    <message>
        <source>Create support bundle...</source>
        <translation>Crea pacchetto di supporto…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Support bundle saved</source>
        <translation>Pacchetto di supporto salvato</translation>
    </message>
    <message>
        <source>The support bundle was saved to %1.</source>
        <translation>Il pacchetto di supporto è stato salvato in %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostra nella &amp;cartella</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleDialog</name>
    <message>
        <source>Create support bundle</source>
        <translation>Crea pacchetto di supporto</translation>
    </message>
    <message>
        <source>This bundle helps support find out what went wrong. It holds versions, settings, the recent log and the shape of your offline data. It holds no password, token, key, order, product or buyer data. Check every file below, then save it and send it to support.</source>
        <translation>Questo pacchetto aiuta l&apos;assistenza a capire cosa non ha funzionato. Contiene versioni, impostazioni, il log recente e la struttura dei tuoi dati offline. Non contiene password, token, chiavi né dati di ordini, prodotti o acquirenti. Controlla ogni file qui sotto, poi salvalo e invialo all&apos;assistenza.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Salva pacchetto di supporto</translation>
    </message>
    <message>
        <source>Support bundles (*.zip)</source>
        <translation>Pacchetti di supporto (*.zip)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvato in %1.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>File nel pacchetto</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenuto del file selezionato</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle (%1 MB, at most %2 MB).</source>
        <translation>Questo file è troppo grande per essere un pacchetto di supporto (%1 MB, al massimo %2 MB).</translation>
    </message>
    <message>
        <source>This is not a support bundle, or it is damaged or incomplete: %1</source>
        <translation>Questo non è un pacchetto di supporto, oppure è danneggiato o incompleto: %1</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle.</source>
        <translation>Questo file è troppo grande per essere un pacchetto di supporto.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive.</source>
        <translation>non è un archivio ZIP.</translation>
    </message>
    <message>
        <source>its table of contents cannot be read (truncated?).</source>
        <translation>il suo indice non può essere letto (troncato?).</translation>
    </message>
    <message>
        <source>This support bundle has too many files (%1, at most %2).</source>
        <translation>Questo pacchetto di supporto ha troppi file (%1, al massimo %2).</translation>
    </message>
    <message>
        <source>This support bundle has too many files.</source>
        <translation>Questo pacchetto di supporto ha troppi file.</translation>
    </message>
    <message>
        <source>an entry cannot be read.</source>
        <translation>una voce non può essere letta.</translation>
    </message>
    <message>
        <source>This support bundle contains an unsafe file name (%1): it was refused.</source>
        <translation>Questo pacchetto di supporto contiene un nome di file non sicuro (%1): è stato rifiutato.</translation>
    </message>
    <message>
        <source>This support bundle contains the file %1 twice.</source>
        <translation>Questo pacchetto di supporto contiene due volte il file %1.</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is too large (%2 bytes, at most %3).</source>
        <translation>Il file %1 in questo pacchetto di supporto è troppo grande (%2 byte, al massimo %3).</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is compressed suspiciously well (a possible zip bomb): it was refused.</source>
        <translation>Il file %1 in questo pacchetto di supporto è compresso in modo sospetto (una possibile zip bomb): è stato rifiutato.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened.</source>
        <translation>il file %1 non può essere aperto.</translation>
    </message>
    <message>
        <source>the file %1 is damaged.</source>
        <translation>il file %1 è danneggiato.</translation>
    </message>
    <message>
        <source>The files in this support bundle are larger than they claim or too large in total: it was refused.</source>
        <translation>I file in questo pacchetto di supporto sono più grandi di quanto dichiarato o troppo grandi nel complesso: è stato rifiutato.</translation>
    </message>
    <message>
        <source>the file %1 is damaged (checksum or size).</source>
        <translation>il file %1 è danneggiato (checksum o dimensione).</translation>
    </message>
    <message>
        <source>the archive is damaged.</source>
        <translation>l&apos;archivio è danneggiato.</translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation>non ha un manifesto.</translation>
    </message>
    <message>
        <source>Its manifest is missing or not a SellerPulse support bundle manifest.</source>
        <translation>Il suo manifesto manca o non è il manifesto di un pacchetto di supporto SellerPulse.</translation>
    </message>
    <message>
        <source>It was made by a newer version of SellerPulse.</source>
        <translation>È stato creato da una versione più recente di SellerPulse.</translation>
    </message>
    <message>
        <source>Its files do not match its manifest.</source>
        <translation>I suoi file non corrispondono al suo manifesto.</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleWriter</name>
    <message>
        <source>Could not prepare the support bundle in memory.</source>
        <translation>Impossibile preparare il pacchetto di supporto in memoria.</translation>
    </message>
    <message>
        <source>Could not create the support bundle archive.</source>
        <translation>Impossibile creare l&apos;archivio del pacchetto di supporto.</translation>
    </message>
    <message>
        <source>Could not write the support bundle archive.</source>
        <translation>Impossibile scrivere l&apos;archivio del pacchetto di supporto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::SyncController</name>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>La sessione è terminata. Accedi di nuovo per sincronizzare.</translation>
    </message>
</context>
<context>
    <name>sp::SyncErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>sp::SyncRun</name>
    <message>
        <source>Not signed in.</source>
        <translation>Accesso non eseguito.</translation>
    </message>
    <message>
        <source>The sync stopped because the server&apos;s answer repeats itself (it keeps sending pages it already sent). Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>La sincronizzazione si è interrotta perché la risposta del server si ripete (continua a inviare pagine già inviate). Tutto ciò che è stato scaricato prima viene conservato. Riprova più tardi o contatta l&apos;assistenza.</translation>
    </message>
    <message>
        <source>The sync stopped because the server sent far more pages (%1) than this account can have. Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>La sincronizzazione si è interrotta perché il server ha inviato molte più pagine (%1) di quante questo account possa averne. Tutto ciò che è stato scaricato prima viene conservato. Riprova più tardi o contatta l&apos;assistenza.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>La sessione è terminata. Accedi di nuovo per sincronizzare.</translation>
    </message>
    <message>
        <source>The sync stopped after retrying for %1 s: %2</source>
        <translation>La sincronizzazione si è interrotta dopo %1 s di tentativi: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything downloaded so far is kept.</source>
        <translation>La sincronizzazione è stata annullata. Tutto ciò che è stato scaricato finora viene conservato.</translation>
    </message>
    <message>
        <source>Your data is up to date.</source>
        <translation>I tuoi dati sono aggiornati.</translation>
    </message>
</context>
<context>
    <name>sp::SyncScheduler</name>
    <message>
        <source>The disk is full: free at least %1 MB on the disk that holds %2. The sync continues by itself once there is room (or click Retry); everything downloaded so far is kept.</source>
        <translation>Il disco è pieno: libera almeno %1 MB sul disco che contiene %2. La sincronizzazione riprende da sola appena c&apos;è spazio (oppure fai clic su Riprova); tutto ciò che è stato scaricato finora viene conservato.</translation>
    </message>
</context>
<context>
    <name>sp::SyncStatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annulla la sincronizzazione</translation>
    </message>
    <message>
        <source>Stop downloading; what was downloaded so far is kept.</source>
        <translation>Interrompi il download; ciò che è stato scaricato finora viene conservato.</translation>
    </message>
    <message>
        <source>Trying to reach the server...</source>
        <translation>Connessione al server…</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>marketplaces</source>
        <translation>marketplace</translation>
    </message>
    <message>
        <source>products</source>
        <translation>prodotti</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventario</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <source>financial events</source>
        <translation>eventi finanziari</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Download di %1: %2</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Nessun dato ancora scaricato</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Dati aggiornati al %1</translation>
    </message>
    <message>
        <source>unit costs</source>
        <translation>costi unitari</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>tassi di cambio</translation>
    </message>
    <message>
        <source>Downloading %1: %2% (%3 of about %4)</source>
        <extracomment>%1 what, %2 percent done, %3 rows done, %4 rows in all; e.g. &quot;Downloading orders: 40% (1,200 of about 3,000)&quot;</extracomment>
        <translation>Download di %1: %2% (%3 su circa %4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>manca meno di un minuto</translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation>manca circa 1 minuto</translation>
    </message>
    <message>
        <source>about %1 minutes left</source>
        <translation>mancano circa %1 minuti</translation>
    </message>
    <message>
        <source>about 1 hour left</source>
        <translation>manca circa 1 ora</translation>
    </message>
    <message>
        <source>about %1 hours left</source>
        <translation>mancano circa %1 ore</translation>
    </message>
    <message>
        <source>Offline: data as of %1. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Offline: dati aggiornati al %1. SellerPulse si riconnette da solo appena il server è di nuovo raggiungibile.</translation>
    </message>
    <message>
        <source>Offline: no data has been downloaded yet. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Offline: non hai ancora scaricato dati. SellerPulse si riconnette da solo appena il server è di nuovo raggiungibile.</translation>
    </message>
    <message>
        <source>payouts</source>
        <translation>pagamenti</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>spese</translation>
    </message>
    <message>
        <source>restock settings</source>
        <translation>impostazioni di riassortimento</translation>
    </message>
</context>
<context>
    <name>sp::TableColumnState</name>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
</context>
<context>
    <name>sp::TableNames</name>
    <message>
        <source>Columns of %1</source>
        <translation>Colonne di %1</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Righe di %1</translation>
    </message>
    <message>
        <source>Select all rows of %1</source>
        <translation>Seleziona tutte le righe di %1</translation>
    </message>
</context>
<context>
    <name>sp::UnitCostClient</name>
    <message>
        <source>Enter a SKU, a currency, a cost of zero or more and the day it applies from.</source>
        <translation>Inserisci uno SKU, una valuta, un costo pari o superiore a zero e il giorno da cui si applica.</translation>
    </message>
</context>
<context>
    <name>sp::UrlPolicy</name>
    <message>
        <source>it is not a complete address such as https://api.example.com</source>
        <translation>non è un indirizzo completo come https://api.example.com</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>non deve contenere un nome utente o una password</translation>
    </message>
    <message>
        <source>it must not contain a query (?...)</source>
        <translation>non deve contenere una query (?...)</translation>
    </message>
    <message>
        <source>it must not contain a fragment (#...)</source>
        <translation>non deve contenere un frammento (#...)</translation>
    </message>
    <message>
        <source>only https addresses are supported</source>
        <translation>sono supportati solo indirizzi https</translation>
    </message>
    <message>
        <source>plain http is allowed only for this computer&apos;s loopback addresses (127.0.0.1, ::1); use https</source>
        <translation>http non cifrato è consentito solo per gli indirizzi di loopback di questo computer (127.0.0.1, ::1); usa https</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfChanges</name>
    <message>
        <source>No change</source>
        <translation>Nessuna variazione</translation>
    </message>
    <message>
        <source>By percent</source>
        <translation>In percentuale</translation>
    </message>
    <message>
        <source>By amount per unit</source>
        <translation>Di un importo per unità</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Variazione di prezzo</translation>
    </message>
    <message>
        <source>e.g. 10 or -1.50</source>
        <translation>ad es. 10 o -1.50</translation>
    </message>
    <message>
        <source>Price change value</source>
        <translation>Valore della variazione di prezzo</translation>
    </message>
    <message>
        <source>Currency of the amounts</source>
        <translation>Valuta degli importi</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>New unit cost</source>
        <translation>Nuovo costo unitario</translation>
    </message>
    <message>
        <source>e.g. 200.00 or -50.00</source>
        <translation>ad es. 200.00 o -50.00</translation>
    </message>
    <message>
        <source>Advertising change over 30 days</source>
        <translation>Variazione della pubblicità su 30 giorni</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>ad es. 0.25</translation>
    </message>
    <message>
        <source>FBA fee change per unit</source>
        <translation>Variazione della tariffa FBA per unità</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>Elasticità al prezzo</translation>
    </message>
    <message>
        <source>How strongly units answer the price: units change by minus the elasticity times the price change in percent. 0: units stay as they are.</source>
        <translation>Quanto le unità reagiscono al prezzo: le unità variano di meno l&apos;elasticità per la variazione di prezzo in percentuale. 0: le unità restano invariate.</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prezzo:</translation>
    </message>
    <message>
        <source>Price elasticity:</source>
        <translation>Elasticità al prezzo:</translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation>Importi in:</translation>
    </message>
    <message>
        <source>New unit cost:</source>
        <translation>Nuovo costo unitario:</translation>
    </message>
    <message>
        <source>Advertising over 30 days, change:</source>
        <translation>Pubblicità su 30 giorni, variazione:</translation>
    </message>
    <message>
        <source>FBA fee per unit, change:</source>
        <translation>Tariffa FBA per unità, variazione:</translation>
    </message>
    <message>
        <source>Enter the price change in percent, e.g. 10 or -5.5 (not below -100).</source>
        <translation>Inserisci la variazione di prezzo in percentuale, ad es. 10 o -5.5 (non sotto -100).</translation>
    </message>
    <message>
        <source>Enter the price change per unit as an amount, e.g. 1.50 or -0.99.</source>
        <translation>Inserisci la variazione di prezzo per unità come importo, ad es. 1.50 o -0.99.</translation>
    </message>
    <message>
        <source>Enter the new unit cost as an amount, e.g. 4.20, or leave it empty.</source>
        <translation>Inserisci il nuovo costo unitario come importo, ad es. 4.20, o lascia il campo vuoto.</translation>
    </message>
    <message>
        <source>Enter the advertising change as an amount, e.g. 200.00 or -50.00.</source>
        <translation>Inserisci la variazione della pubblicità come importo, ad es. 200.00 o -50.00.</translation>
    </message>
    <message>
        <source>Enter the FBA fee change per unit as an amount, e.g. 0.25 or -0.10.</source>
        <translation>Inserisci la variazione della tariffa FBA per unità come importo, ad es. 0.25 o -0.10.</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfPage</name>
    <message>
        <source>Save scenario</source>
        <translation>Salva scenario</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulazione</translation>
    </message>
    <message>
        <source>Your scenarios are saved only on this computer, in your encrypted offline copy. They are never sent to the SellerPulse server or anywhere else.</source>
        <translation>I tuoi scenari sono salvati solo su questo computer, nella tua copia offline cifrata. Non vengono mai inviati al server SellerPulse né altrove.</translation>
    </message>
    <message>
        <source>The next 30 days from the last 90 days&apos; sales of the chosen SKUs. Units change by minus the elasticity times the price change in percent (elasticity 1.5 and a price 10 % higher: 15 % fewer units). Fees follow the units, refunds the revenue; advertising is the SKUs&apos; share of each marketplace&apos;s advertising by revenue. Amounts apply to the sales in their currency.</source>
        <translation>I prossimi 30 giorni dalle vendite degli SKU scelti negli ultimi 90 giorni. Le unità variano di meno l&apos;elasticità per la variazione di prezzo in percentuale (elasticità 1,5 e un prezzo più alto del 10 %: 15 % di unità in meno). Le tariffe seguono le unità, i rimborsi i ricavi; la pubblicità è la quota degli SKU nella pubblicità di ogni marketplace in base ai ricavi. Gli importi valgono per le vendite nella loro valuta.</translation>
    </message>
    <message>
        <source>Find a SKU or title</source>
        <translation>Cerca uno SKU o un titolo</translation>
    </message>
    <message>
        <source>SKUs of the scenario</source>
        <translation>SKU dello scenario</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nome dello scenario</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Scenari salvati</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer.</source>
        <translation>«%1» salvato su questo computer.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» eliminato.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose one or more SKUs.</source>
        <translation>Scegli uno o più SKU.</translation>
    </message>
    <message>
        <source>From the sales of %1 – %2.</source>
        <translation>Dalle vendite dal %1 al %2.</translation>
    </message>
    <message>
        <source>The chosen SKUs sold nothing in these days.</source>
        <translation>Gli SKU scelti non hanno venduto nulla in questi giorni.</translation>
    </message>
    <message>
        <source>Units sold without a unit cost: %1. Their cost of goods is missing.</source>
        <translation>Unità vendute senza costo unitario: %1. Il loro costo del venduto manca.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>«%1» caricato.</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Elimina scenario</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” from this computer?</source>
        <translation>Eliminare lo scenario «%1» da questo computer?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfQuery</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Impossibile leggere i dati offline (%1).</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfResults</name>
    <message>
        <source>Baseline and scenario</source>
        <translation>Base e scenario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Prossimi 30 giorni</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Utile netto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 punti</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfScenarios</name>
    <message>
        <source>Enter a name for the scenario.</source>
        <translation>Inserisci un nome per lo scenario.</translation>
    </message>
    <message>
        <source>Use a name of at most %1 characters.</source>
        <translation>Usa un nome di al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>Choose at least one SKU.</source>
        <translation>Scegli almeno uno SKU.</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>La cache offline non è aperta.</translation>
    </message>
</context>
<context>
    <name>sp::WindowCoordinator</name>
    <message>
        <source>Signing in needs your password.</source>
        <translation>Per l&apos;accesso serve la tua password.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>Il portachiavi di sistema è bloccato o non disponibile.</translation>
    </message>
</context>
<context>
    <name>sp::WriteFeature</name>
    <message>
        <source>Inventory updates</source>
        <translation>Aggiornamenti dell&apos;inventario</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Modifiche dei prezzi</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Richieste di recensione</translation>
    </message>
    <message>
        <source>SellerPulse may change the stock quantities of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse può modificare le quantità in inventario delle tue offerte su Amazon quando glielo chiedi.</translation>
    </message>
    <message>
        <source>SellerPulse may change the prices of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse può modificare i prezzi delle tue offerte su Amazon quando glielo chiedi.</translation>
    </message>
    <message>
        <source>SellerPulse may ask Amazon to send your buyers a request for a review of their order.</source>
        <translation>SellerPulse può chiedere ad Amazon di inviare ai tuoi acquirenti una richiesta di recensione del loro ordine.</translation>
    </message>
    <message>
        <source>SellerPulse may make changes on your Amazon account.</source>
        <translation>SellerPulse può apportare modifiche al tuo account Amazon.</translation>
    </message>
</context>
<context>
    <name>sp::XlsxReportWriter</name>
    <message>
        <source>The report has %1 rows, more than a spreadsheet can hold (%2). Choose a shorter period or export it as CSV.</source>
        <translation>Il report ha %1 righe, più di quante un foglio di calcolo possa contenerne (%2). Scegli un periodo più breve o esportalo come CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created (not enough memory).</source>
        <translation>Impossibile creare il foglio di calcolo (memoria insufficiente).</translation>
    </message>
    <message>
        <source>Excel export is not available on this computer (the libxlsxwriter library could not be loaded). Export as CSV instead.</source>
        <translation>L&apos;esportazione in Excel non è disponibile su questo computer (impossibile caricare la libreria libxlsxwriter). Esporta invece come CSV.</translation>
    </message>
</context>
<context>
    <name>sp::YourDataSection</name>
    <message>
        <source>Prepare a full export</source>
        <translation>Prepara un&apos;esportazione completa</translation>
    </message>
    <message>
        <source>Save the export...</source>
        <translation>Salva l&apos;esportazione…</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data...</source>
        <translation>Esporta i dati di questo computer…</translation>
    </message>
    <message>
        <source>Delete account...</source>
        <translation>Elimina account…</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Salva l&apos;esportazione</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avanzamento dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stato dell&apos;esportazione</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data</source>
        <translation>Esporta i dati di questo computer</translation>
    </message>
    <message>
        <source>Offline archive status</source>
        <translation>Stato dell&apos;archivio offline</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Elimina account</translation>
    </message>
    <message>
        <source>Everything SellerPulse stores about you</source>
        <translation>Tutto ciò che SellerPulse conserva su di te</translation>
    </message>
    <message>
        <source>This computer&apos;s offline data</source>
        <translation>I dati offline di questo computer</translation>
    </message>
    <message>
        <source>An archive for your records: a ZIP of CSV files any spreadsheet opens. It is not encrypted; keep it somewhere safe.</source>
        <translation>Un archivio per i tuoi registri: uno ZIP di file CSV che qualsiasi foglio di calcolo apre. Non è crittografato; conservalo in un luogo sicuro.</translation>
    </message>
    <message>
        <source>Closes your account; its data is deleted within 30 days, except what the law requires us to keep.</source>
        <translation>Chiude il tuo account; i suoi dati vengono eliminati entro 30 giorni, tranne ciò che la legge ci obbliga a conservare.</translation>
    </message>
    <message>
        <source>Saved and verified: %1 (SHA-256 %2)</source>
        <translation>Salvato e verificato: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>The server is preparing your export...</source>
        <translation>Il server sta preparando l&apos;esportazione…</translation>
    </message>
    <message>
        <source>Your export is ready (%1). Choose where to save it.</source>
        <translation>La tua esportazione è pronta (%1). Scegli dove salvarla.</translation>
    </message>
    <message>
        <source>Downloading and verifying...</source>
        <translation>Download e verifica in corso…</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivi ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2. This file is not encrypted.</source>
        <translation>%1 righe salvate in %2. Questo file non è crittografato.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s data…</source>
        <translation>Salvataggio dei dati di questo computer…</translation>
    </message>
    <message>
        <source>Archive progress</source>
        <translation>Avanzamento dell&apos;archivio</translation>
    </message>
    <message>
        <source>Cancel the archive</source>
        <translation>Annulla l&apos;archivio</translation>
    </message>
    <message>
        <source>Archive cancelled.</source>
        <translation>Archivio annullato.</translation>
    </message>
    <message>
        <source>A ZIP of your account, orders, products, stock, fees, Amazon connection (never its token), permissions, unit costs, expenses and restock settings. SellerPulse checks it against the server&apos;s SHA-256 checksum before saving it.</source>
        <translation>Uno ZIP con il tuo account, ordini, prodotti, inventario, commissioni, la connessione Amazon (mai il suo token), le autorizzazioni, i costi unitari, le spese e le impostazioni di riordino. SellerPulse lo verifica con il checksum SHA-256 del server prima di salvarlo.</translation>
    </message>
</context>
</TS>

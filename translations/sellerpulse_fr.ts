<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
        <translation>À propos de SellerPulse</translation>
    </message>
    <message>
        <source>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Profit and sales analytics for Amazon sellers.</source>
        <translation>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Analyse des ventes et des bénéfices pour les vendeurs Amazon.</translation>
    </message>
    <message>
        <source>Report a security issue to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we acknowledge reports within two business days. Please do not disclose an issue publicly before we have had time to fix it.</source>
        <translation>Signalez un problème de sécurité à &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;&#xa0;; nous accusons réception sous deux jours ouvrés. Merci de ne pas divulguer un problème publiquement avant que nous ayons pu le corriger.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Mentions des logiciels tiers</translation>
    </message>
</context>
<context>
    <name>sp::AccountCache</name>
    <message>
        <source>Sign in to open this computer&apos;s copy of your data.</source>
        <translation>Connectez-vous pour ouvrir la copie de vos données sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The keychain is not available; the offline cache cannot be opened.</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;; les données hors ligne ne peuvent pas être ouvertes.</translation>
    </message>
    <message>
        <source>The key of the offline cache is missing from the keychain, which is unlocked. You can reset the cache and download your data again.</source>
        <translation>La clé du cache hors ligne est absente du trousseau, qui est déverrouillé. Vous pouvez réinitialiser le cache et télécharger à nouveau vos données.</translation>
    </message>
    <message>
        <source>The keychain did not give the key of the offline cache (%1). Unlock the keychain and try again.</source>
        <translation>Le trousseau n&apos;a pas fourni la clé des données hors ligne (%1). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>La copie hors ligne sur cet ordinateur est endommagée. Réinitialisez-la pour télécharger à nouveau vos données&#xa0;; le fichier endommagé est alors mis de côté pour l&apos;assistance.</translation>
    </message>
    <message>
        <source>The offline copy is not open, so it cannot be checked now.</source>
        <translation>La copie hors ligne n&apos;est pas ouverte, elle ne peut donc pas être vérifiée maintenant.</translation>
    </message>
    <message>
        <source>The offline copy could not be checked: %1</source>
        <translation>La copie hors ligne n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The offline copy is damaged.</source>
        <translation>La copie hors ligne est endommagée.</translation>
    </message>
    <message>
        <source>The offline copy was checked: no damage was found.</source>
        <translation>La copie hors ligne a été vérifiée&#xa0;: aucun dommage n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The offline copy was not reset, and nothing was deleted: %1</source>
        <translation>La copie hors ligne n&apos;a pas été réinitialisée et rien n&apos;a été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No local data was found for this account.</source>
        <translation>Aucune donnée locale n&apos;a été trouvée pour ce compte.</translation>
    </message>
    <message>
        <source>The cache key was deleted from the keychain.</source>
        <translation>La clé du cache a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>The cache key could not be deleted from the keychain (%1).</source>
        <translation>La clé du cache n&apos;a pas pu être supprimée du trousseau (%1).</translation>
    </message>
    <message>
        <source>No cache files were on this computer.</source>
        <translation>Aucun fichier de cache ne se trouvait sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Some files could not be deleted from %1.</source>
        <translation>Certains fichiers n&apos;ont pas pu être supprimés de %1.</translation>
    </message>
</context>
<context>
    <name>sp::AccountDeletion</name>
    <message>
        <source>Your SellerPulse account will be closed now: every device is signed out at once, and SellerPulse stops using your Amazon connection. Your data on SellerPulse&apos;s servers is deleted within 30 days, except what the law requires us to keep (for example tax records). On this computer, the downloaded data of the account and its encryption key are removed right away. This cannot be undone; download your data first if you want a copy.</source>
        <translation>Votre compte SellerPulse va être fermé maintenant&#xa0;: tous les appareils sont déconnectés immédiatement et SellerPulse cesse d&apos;utiliser votre connexion Amazon. Vos données sur les serveurs de SellerPulse sont supprimées sous 30 jours, sauf ce que la loi nous oblige à conserver (par exemple les documents fiscaux). Sur cet ordinateur, les données téléchargées du compte et leur clé de chiffrement sont supprimées immédiatement. Cette action est irréversible&#xa0;; téléchargez d&apos;abord vos données si vous souhaitez en garder une copie.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Veuillez saisir votre mot de passe pour confirmer.</translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was deleted.</source>
        <translation>Le mot de passe est incorrect. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation>Le compte n&apos;a pas été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No downloaded data was open on this computer.</source>
        <translation>Aucune donnée téléchargée n&apos;était ouverte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The session ended before this computer&apos;s copy of the data could be removed; it stays encrypted on disk.</source>
        <translation>La session a pris fin avant que la copie des données sur cet ordinateur puisse être supprimée&#xa0;; elle reste chiffrée sur le disque.</translation>
    </message>
</context>
<context>
    <name>sp::AccountExportClient</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>La réponse du serveur n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <source>The server could not prepare the export. Please try again later.</source>
        <translation>Le serveur n&apos;a pas pu préparer l&apos;export. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The server did not say the export&apos;s checksum; it cannot be verified.</source>
        <translation>Le serveur n&apos;a pas indiqué la somme de contrôle de l&apos;export&#xa0;; il ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>The download was interrupted. No file was saved; please download it again.</source>
        <translation>Le téléchargement a été interrompu. Aucun fichier n&apos;a été enregistré&#xa0;; veuillez le télécharger à nouveau.</translation>
    </message>
</context>
<context>
    <name>sp::AccountMapping</name>
    <message>
        <source>The account for %1 is missing.</source>
        <translation>Le compte pour %1 manque.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; for %2 is not an account number.</source>
        <translation>Le compte « %1 » pour %2 n’est pas un numéro de compte.</translation>
    </message>
    <message>
        <source>the payout (bank)</source>
        <translation>le versement (banque)</translation>
    </message>
    <message>
        <source>Amazon (clearing account)</source>
        <translation>Amazon (compte de passage)</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>TVA déductible</translation>
    </message>
    <message>
        <source>Unknown chart of accounts &quot;%1&quot; (SKR03 or SKR04).</source>
        <translation>Plan comptable inconnu « %1 » (SKR03 ou SKR04).</translation>
    </message>
    <message>
        <source>The account for %1 is not text.</source>
        <translation>Le compte pour %1 n’est pas du texte.</translation>
    </message>
    <message>
        <source>Unknown kind of payout line &quot;%1&quot;.</source>
        <translation>Type de ligne de versement inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>sp::AccountantFilesBar</name>
    <message>
        <source>&amp;DATEV file...</source>
        <translation>Fichier &amp;DATEV...</translation>
    </message>
    <message>
        <source>&amp;Journal CSV...</source>
        <translation>CSV de &amp;journal...</translation>
    </message>
    <message>
        <source>Accou&amp;nts...</source>
        <translation>Co&amp;mptes...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Save the payout as a DATEV file</source>
        <translation>Enregistrer le versement comme fichier DATEV</translation>
    </message>
    <message>
        <source>Save the payout as a journal CSV for Xero or QuickBooks</source>
        <translation>Enregistrer le versement comme CSV de journal pour Xero ou QuickBooks</translation>
    </message>
    <message>
        <source>Set up the accounts of the accountant&apos;s files</source>
        <translation>Configurer les comptes des fichiers du comptable</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Ouvrir le fichier enregistré</translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation>Afficher le fichier enregistré dans son dossier</translation>
    </message>
    <message>
        <source>For your accountant:</source>
        <translation>Pour votre comptable :</translation>
    </message>
    <message>
        <source>Select a payout first.</source>
        <translation>Choisissez d&apos;abord un versement.</translation>
    </message>
    <message>
        <source>The period is still open: book it once it has closed.</source>
        <translation>La période est encore ouverte : comptabilisez-la une fois close.</translation>
    </message>
    <message>
        <source>Its events do not add up to the payout yet: sync first.</source>
        <translation>Ses opérations ne donnent pas encore le versement : synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>DATEV books in %1: save the journal CSV for a payout in %2.</source>
        <translation>DATEV comptabilise en %1 : enregistrez le CSV de journal pour un versement en %2.</translation>
    </message>
    <message>
        <source>Save the file for your accountant</source>
        <translation>Enregistrer le fichier pour votre comptable</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>sp::AccountantSetupDialog</name>
    <message>
        <source>Files for your accountant</source>
        <translation>Fichiers pour votre comptable</translation>
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
        <translation>Le compte où les versements sont comptabilisés en route vers la banque (Geldtransit).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Amazon charges VAT on its fees in the EU and the UK (19 % from Amazon EU for a German seller). With a rate, fees are shown net and gross and booked with their input VAT.</source>
        <translation>Amazon facture la TVA sur ses frais dans l&apos;UE et au Royaume-Uni (19 % par Amazon EU pour un vendeur allemand). Avec un taux, les frais sont affichés HT et TTC et comptabilisés avec leur TVA déductible.</translation>
    </message>
    <message>
        <source>&amp;Chart of accounts:</source>
        <translation>&amp;Plan comptable :</translation>
    </message>
    <message>
        <source>&amp;Bank side of payouts:</source>
        <translation>Côté &amp;banque des versements :</translation>
    </message>
    <message>
        <source>&amp;Tax adviser number (DATEV):</source>
        <translation>Numéro du &amp;conseiller fiscal (DATEV) :</translation>
    </message>
    <message>
        <source>C&amp;lient number (DATEV):</source>
        <translation>Numéro de c&amp;lient (DATEV) :</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>L&apos;exercice &amp;commence en :</translation>
    </message>
    <message>
        <source>&amp;VAT on Amazon fees:</source>
        <translation>&amp;TVA sur les frais Amazon :</translation>
    </message>
    <message>
        <source>Every other account follows the chart&apos;s standard accounts. Ask your tax adviser before the first import.</source>
        <translation>Tous les autres comptes suivent les comptes standard du plan. Consultez votre conseiller fiscal avant le premier import.</translation>
    </message>
</context>
<context>
    <name>sp::AlertNotifier</name>
    <message>
        <source>and %1 more: see Alerts in SellerPulse.</source>
        <translation>et %1 de plus : voir Alertes dans SellerPulse.</translation>
    </message>
    <message>
        <source>SellerPulse: %1 new alerts</source>
        <translation>SellerPulse : %1 nouvelles alertes</translation>
    </message>
</context>
<context>
    <name>sp::AlertText</name>
    <message>
        <source>Stock runs out</source>
        <translation>Rupture de stock</translation>
    </message>
    <message>
        <source>Margin dropped</source>
        <translation>Marge en baisse</translation>
    </message>
    <message>
        <source>Many refunds</source>
        <translation>Nombreux remboursements</translation>
    </message>
    <message>
        <source>Sync failing</source>
        <translation>Synchronisation en échec</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Connexion Amazon</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>SellerPulse: stock runs out soon</source>
        <translation>SellerPulse : rupture de stock imminente</translation>
    </message>
    <message>
        <source>SellerPulse: a margin dropped</source>
        <translation>SellerPulse : une marge a baissé</translation>
    </message>
    <message>
        <source>SellerPulse: many refunds</source>
        <translation>SellerPulse : nombreux remboursements</translation>
    </message>
    <message>
        <source>SellerPulse: the sync keeps failing</source>
        <translation>SellerPulse : la synchronisation échoue toujours</translation>
    </message>
    <message>
        <source>SellerPulse: check your Amazon connection</source>
        <translation>SellerPulse : vérifiez votre connexion Amazon</translation>
    </message>
    <message>
        <source>%1 is out of stock in %2 (about %3 sold a day over the last 30 days).</source>
        <translation>%1 est en rupture de stock en %2 (environ %3 vendus par jour sur les 30 derniers jours).</translation>
    </message>
    <message>
        <source>%1 in %2 runs out within about a day: %3 in stock, about %4 sold a day over the last 30 days.</source>
        <translation>%1 en %2 sera épuisé d&apos;ici environ un jour : %3 en stock, environ %4 vendus par jour sur les 30 derniers jours.</translation>
    </message>
    <message>
        <source>%1 in %2 runs out in about %3 days: %4 in stock, about %5 sold a day over the last 30 days.</source>
        <translation>%1 en %2 sera épuisé dans environ %3 jours : %4 en stock, environ %5 vendus par jour sur les 30 derniers jours.</translation>
    </message>
    <message>
        <source>The margin of %1 fell from %2 % to %3 % (%4 points) in the last 30 days against the 30 days before.</source>
        <translation>La marge de %1 est passée de %2 % à %3 % (%4 points) sur les 30 derniers jours par rapport aux 30 jours précédents.</translation>
    </message>
    <message>
        <source>The sync has been failing for about %1 hours; the last complete sync was on %2. Your figures may be out of date: check the connection, or see the sync&apos;s error beside &quot;Data as of&quot;.</source>
        <translation>La synchronisation échoue depuis environ %1 heures ; la dernière synchronisation complète date du %2. Vos chiffres ne sont peut-être plus à jour : vérifiez la connexion, ou consultez l&apos;erreur de synchronisation à côté de « Données du ».</translation>
    </message>
    <message>
        <source>Your Amazon connection was revoked: no new data arrives until you connect again in Settings &gt; Amazon connection.</source>
        <translation>Votre connexion Amazon a été révoquée : aucune nouvelle donnée n&apos;arrive tant que vous ne vous reconnectez pas dans Paramètres &gt; Connexion Amazon.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires within a day, on %1: renew it in Settings &gt; Amazon connection.</source>
        <translation>Votre connexion Amazon expire d&apos;ici un jour, le %1 : renouvelez-la dans Paramètres &gt; Connexion Amazon.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires in about %1 days, on %2: renew it in Settings &gt; Amazon connection.</source>
        <translation>Votre connexion Amazon expire dans environ %1 jours, le %2 : renouvelez-la dans Paramètres &gt; Connexion Amazon.</translation>
    </message>
    <message>
        <source>%1: %4 % of the units sold in the last 30 days were refunded (%2 of %3).</source>
        <translation>%1 : %4 % des unités vendues ces 30 derniers jours ont été remboursées (%2 sur %3).</translation>
    </message>
</context>
<context>
    <name>sp::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Snooze for a day</source>
        <translation>Reporter d&apos;un jour</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Reporter d&apos;une semaine</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Alert me when</source>
        <translation>M&apos;alerter quand</translation>
    </message>
    <message>
        <source>Stock runs out in about</source>
        <translation>Le stock s&apos;épuise dans environ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days of stock left</source>
        <translation>Jours de stock restants</translation>
    </message>
    <message>
        <source>The margin of a SKU or a marketplace drops by more than</source>
        <translation>La marge d&apos;un SKU ou d&apos;une place de marché baisse de plus de</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Margin drop in percentage points, last 30 days against the 30 before</source>
        <translation>Baisse de marge en points de pourcentage, 30 derniers jours par rapport aux 30 précédents</translation>
    </message>
    <message>
        <source>Refunds of a SKU exceed</source>
        <translation>Les remboursements d&apos;un SKU dépassent</translation>
    </message>
    <message>
        <source> % of units sold</source>
        <translation> % des unités vendues</translation>
    </message>
    <message>
        <source>Refund rate in percent, last 30 days</source>
        <translation>Taux de remboursement en pourcentage, 30 derniers jours</translation>
    </message>
    <message>
        <source>The sync has been failing for more than</source>
        <translation>La synchronisation échoue depuis plus de</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Hours of failing sync</source>
        <translation>Heures d&apos;échec de la synchronisation</translation>
    </message>
    <message>
        <source>The Amazon connection is revoked or expires within a week</source>
        <translation>La connexion Amazon est révoquée ou expire dans la semaine</translation>
    </message>
    <message>
        <source>Show SellerPulse in the notification area</source>
        <translation>Afficher SellerPulse dans la zone de notification</translation>
    </message>
    <message>
        <source>SellerPulse checks these after each sync, on this computer. Each cause alerts you once; if it goes away and comes back, you are alerted again.</source>
        <translation>SellerPulse vérifie ces règles après chaque synchronisation, sur cet ordinateur. Chaque cause vous alerte une fois ; si elle disparaît puis revient, vous êtes de nouveau alerté.</translation>
    </message>
    <message>
        <source>No alerts. SellerPulse checks your data after each sync.</source>
        <translation>Aucune alerte. SellerPulse vérifie vos données après chaque synchronisation.</translation>
    </message>
    <message>
        <source>1 alert, %1 new.</source>
        <translation>1 alerte, %1 nouvelle(s).</translation>
    </message>
    <message>
        <source>%1 alerts, %2 new.</source>
        <translation>%1 alertes, %2 nouvelle(s).</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnection</name>
    <message>
        <source>Checking...</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon</source>
        <translation>En attente de votre autorisation sur Amazon</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Disconnected (access revoked)</source>
        <translation>Déconnecté (accès révoqué)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionClient</name>
    <message>
        <source>Your Amazon account is not connected.</source>
        <translation>Votre compte Amazon n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about the Amazon connection was not understood.</source>
        <translation>La réponse du serveur concernant la connexion Amazon n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>La réponse du serveur n&apos;a pas été comprise.</translation>
    </message>
    <message>
        <source>The 15 minutes to give consent on Amazon have passed. Please connect again.</source>
        <translation>Les 15 minutes pour donner votre autorisation sur Amazon sont écoulées. Veuillez vous connecter à nouveau.</translation>
    </message>
    <message>
        <source>Your Amazon account is connected.</source>
        <translation>Votre compte Amazon est connecté.</translation>
    </message>
    <message>
        <source>Access was denied on Amazon. Your Amazon account is not connected.</source>
        <translation>L&apos;accès a été refusé sur Amazon. Votre compte Amazon n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval could not be confirmed, so nothing was connected. Please connect again.</source>
        <translation>L&apos;autorisation d&apos;Amazon n&apos;a pas pu être confirmée, donc rien n&apos;a été connecté. Veuillez vous connecter à nouveau.</translation>
    </message>
    <message>
        <source>SellerPulse could not open a local port to receive Amazon&apos;s answer. Please try again.</source>
        <translation>SellerPulse n&apos;a pas pu ouvrir de port local pour recevoir la réponse d&apos;Amazon. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>SellerPulse could not create the security code for connecting Amazon. Please try again.</source>
        <translation>SellerPulse n&apos;a pas pu créer le code de sécurité pour connecter Amazon. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval was given in a browser that is not on this computer, so SellerPulse connected nothing. Please start again and approve in a browser on this computer.</source>
        <translation>L&apos;autorisation d&apos;Amazon a été donnée dans un navigateur qui n&apos;est pas sur cet ordinateur, donc SellerPulse n&apos;a rien connecté. Veuillez recommencer et autoriser dans un navigateur sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionSection</name>
    <message>
        <source>Connect Amazon account...</source>
        <translation>Connecter le compte Amazon…</translation>
    </message>
    <message>
        <source>Disconnect...</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Amazon connection status</source>
        <translation>État de la connexion Amazon</translation>
    </message>
    <message>
        <source>Selling partner id</source>
        <translation>ID de partenaire de vente</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Granted roles</source>
        <translation>Rôles accordés</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connecté depuis</translation>
    </message>
    <message>
        <source>Time left to give consent</source>
        <translation>Temps restant pour donner l&apos;autorisation</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Amazon region</source>
        <translation>Région Amazon</translation>
    </message>
    <message>
        <source>Connect Amazon account</source>
        <translation>Connecter le compte Amazon</translation>
    </message>
    <message>
        <source>Disconnect Amazon account</source>
        <translation>Déconnecter le compte Amazon</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Selling partner:</source>
        <translation>Partenaire de vente&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Marketplaces:</source>
        <translation>Marketplaces&#xa0;:</translation>
    </message>
    <message>
        <source>Granted roles:</source>
        <translation>Rôles accordés&#xa0;:</translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation>Connecté depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Region to connect:</source>
        <translation>Région à connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Amazon Seller Central is open in your browser. Sign in there and approve SellerPulse; this page updates by itself.</source>
        <translation>Amazon Seller Central est ouvert dans votre navigateur. Connectez-vous et autorisez SellerPulse&#xa0;; cette page se met à jour toute seule.</translation>
    </message>
    <message>
        <source>Sign in to see it.</source>
        <translation>Connectez-vous pour le voir.</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon: %1:%2 left</source>
        <translation>En attente de votre autorisation sur Amazon&#xa0;: %1:%2 restantes</translation>
    </message>
    <message>
        <source>Disconnect your Amazon account from SellerPulse? SellerPulse deletes its Amazon access token at once and can no longer read new orders, stock or fees. You can connect again at any time.</source>
        <translation>Déconnecter votre compte Amazon de SellerPulse&#xa0;? SellerPulse supprime immédiatement son jeton d&apos;accès Amazon et ne peut plus lire les nouvelles commandes, le stock ni les frais. Vous pouvez vous reconnecter à tout moment.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your Amazon account is disconnected; SellerPulse deleted its Amazon access token.</source>
        <translation>Votre compte Amazon est déconnecté&#xa0;; SellerPulse a supprimé son jeton d&apos;accès Amazon.</translation>
    </message>
    <message>
        <source>Delete downloaded Amazon data</source>
        <translation>Supprimer les données Amazon téléchargées</translation>
    </message>
    <message>
        <source>Also delete the Amazon data SellerPulse downloaded to this computer (orders, products, stock, fees)? It cannot be read any more afterwards.</source>
        <translation>Supprimer aussi les données Amazon que SellerPulse a téléchargées sur cet ordinateur (commandes, produits, stock, frais)&#xa0;? Elles ne pourront plus être lues ensuite.</translation>
    </message>
    <message>
        <source>Delete from this computer</source>
        <translation>Supprimer de cet ordinateur</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Connect this account</source>
        <translation>Connecter ce compte</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Amazon account that approved</source>
        <translation>Compte Amazon ayant donné l&apos;autorisation</translation>
    </message>
    <message>
        <source>Cancel connecting Amazon</source>
        <translation>Annuler la connexion à Amazon</translation>
    </message>
    <message>
        <source>Copy the Amazon consent link</source>
        <translation>Copier le lien d&apos;autorisation Amazon</translation>
    </message>
    <message>
        <source>Connect this Amazon account</source>
        <translation>Connecter ce compte Amazon</translation>
    </message>
    <message>
        <source>Start connecting Amazon again</source>
        <translation>Recommencer la connexion à Amazon</translation>
    </message>
    <message>
        <source>If no browser opened: paste this link into a browser on this computer.</source>
        <translation>Si aucun navigateur ne s&apos;est ouvert&#xa0;: collez ce lien dans un navigateur sur cet ordinateur.</translation>
    </message>
    <message>
        <source>SellerPulse opens Amazon Seller Central in your browser, where you sign in and approve; then SellerPulse shows which Amazon account approved and connects it when you confirm. Approve in a browser on this computer. SellerPulse never sees your Amazon password, and reads only unless you turn on a write feature under Permissions.</source>
        <translation>SellerPulse ouvre Amazon Seller Central dans votre navigateur, où vous vous connectez et donnez votre autorisation&#xa0;; SellerPulse affiche ensuite le compte Amazon qui a donné l&apos;autorisation et le connecte lorsque vous confirmez. Autorisez dans un navigateur sur cet ordinateur. SellerPulse ne voit jamais votre mot de passe Amazon et se contente de lire, sauf si vous activez une fonction d&apos;écriture sous Autorisations.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Click Copy link and paste the link into a browser on this computer; this page updates by itself.</source>
        <translation>Aucun navigateur Web n&apos;a pu être ouvert. Cliquez sur Copier le lien et collez le lien dans un navigateur sur cet ordinateur&#xa0;; cette page se met à jour toute seule.</translation>
    </message>
    <message>
        <source>The link is copied. Paste it into a browser on this computer: an approval in a browser on another computer cannot connect your account.</source>
        <translation>Le lien est copié. Collez-le dans un navigateur sur cet ordinateur&#xa0;: une autorisation donnée dans un navigateur sur un autre ordinateur ne peut pas connecter votre compte.</translation>
    </message>
    <message>
        <source>Amazon approved seller account %1 for %2. Connect this account to SellerPulse? If this is not your Amazon account, click Cancel.</source>
        <translation>Amazon a autorisé le compte vendeur %1 pour %2. Connecter ce compte à SellerPulse&#xa0;? S&apos;il ne s&apos;agit pas de votre compte Amazon, cliquez sur Annuler.</translation>
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
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
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
        <translation>Europe</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>Far East (Japan)</source>
        <translation>Extrême-Orient (Japon)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonTerms</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Unshipped</source>
        <translation>Non expédiée</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Non traitable</translation>
    </message>
    <message>
        <source>Invoice unconfirmed</source>
        <translation>Facture non confirmée</translation>
    </message>
    <message>
        <source>Pending availability</source>
        <translation>Disponibilité en attente</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Indemnisation</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Frais de service</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Prix de l&apos;article</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Shipping charge</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Referral fee (commission)</source>
        <translation>Frais de vente (commission)</translation>
    </message>
    <message>
        <source>FBA fulfilment fee</source>
        <translation>Frais d&apos;expédition FBA</translation>
    </message>
    <message>
        <source>Refund administration fee</source>
        <translation>Frais de gestion des remboursements</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>FBA storage fee</source>
        <translation>Frais de stockage FBA</translation>
    </message>
    <message>
        <source>Advertising cost</source>
        <translation>Coûts publicitaires</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon</source>
        <translation>Expédié par Amazon</translation>
    </message>
    <message>
        <source>Fulfilled by you</source>
        <translation>Expédié par vous</translation>
    </message>
    <message>
        <source>Amazon name: %1</source>
        <translation>Nom chez Amazon : %1</translation>
    </message>
</context>
<context>
    <name>sp::ApiError</name>
    <message>
        <source>The email address or password is not correct. Check them and try again.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>The new password is not accepted: use 10 to 128 characters, different from the current password.</source>
        <translation>Le nouveau mot de passe n&apos;est pas accepté&#xa0;: utilisez 10 à 128 caractères, différent du mot de passe actuel.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check what you entered and try again.</source>
        <translation>Le serveur n&apos;a pas accepté la requête. Vérifiez votre saisie et réessayez.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>Votre session n&apos;est plus valide. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere (the password was changed or the session was ended). Sign in again.</source>
        <translation>Vous avez été déconnecté ailleurs (le mot de passe a été modifié ou la session a été fermée). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again.</source>
        <translation>Votre session a été fermée par sécurité, car son jeton de connexion a été utilisé deux fois. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The requested item does not exist or belongs to another account.</source>
        <translation>L&apos;élément demandé n&apos;existe pas ou appartient à un autre compte.</translation>
    </message>
    <message>
        <source>An account with this email address already exists.</source>
        <translation>Un compte existe déjà avec cette adresse e-mail.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed. Please update SellerPulse or contact support.</source>
        <translation>Le serveur a refusé la requête, jugée mal formée. Veuillez mettre à jour SellerPulse ou contacter l&apos;assistance.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again later or contact support.</source>
        <translation>Le serveur a refusé la requête (HTTP %1). Réessayez plus tard ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Check the server address, or the CA file when you use your own server.</source>
        <translation>Le certificat du serveur n&apos;est pas fiable&#xa0;: %1. Vérifiez l&apos;adresse du serveur ou, si vous utilisez votre propre serveur, le fichier CA.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>This server address is not allowed: %1</source>
        <translation>Cette adresse de serveur n&apos;est pas autorisée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Trop de tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent an answer SellerPulse does not understand. Try again later or contact support.</source>
        <translation>Le serveur a envoyé une réponse que SellerPulse ne comprend pas. Réessayez plus tard ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it and retry, or continue for this session only.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible. Déverrouillez-le et réessayez, ou continuez pour cette session uniquement.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up: %1. The server may only offer an outdated TLS version (SellerPulse requires TLS 1.2 or later).</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur&#xa0;: %1. Le serveur ne propose peut-être qu&apos;une version obsolète de TLS (SellerPulse exige TLS 1.2 ou ultérieur).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid at this computer&apos;s date and time (%1): %2. Check your computer&apos;s clock: if the date or time is wrong, correct it and try again.</source>
        <translation>Le certificat du serveur n&apos;est pas valide à la date et à l&apos;heure de cet ordinateur (%1)&#xa0;: %2. Vérifiez l&apos;horloge de votre ordinateur&#xa0;: si la date ou l&apos;heure est erronée, corrigez-la et réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>Lors de sa dernière réponse, l&apos;horloge du serveur avançait de %n minute par rapport à celle de cet ordinateur.</numerusform>
            <numerusform>Lors de sa dernière réponse, l&apos;horloge du serveur avançait de %n minutes par rapport à celle de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) behind this computer&apos;s.</source>
        <translation>
            <numerusform>Lors de sa dernière réponse, l&apos;horloge du serveur retardait de %n minute par rapport à celle de cet ordinateur.</numerusform>
            <numerusform>Lors de sa dernière réponse, l&apos;horloge du serveur retardait de %n minutes par rapport à celle de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is too slow: its answer did not arrive completely within %n second(s). Try again later.</source>
        <translation>
            <numerusform>Le serveur est trop lent&#xa0;: sa réponse n&apos;est pas arrivée complètement en %n seconde. Réessayez plus tard.</numerusform>
            <numerusform>Le serveur est trop lent&#xa0;: sa réponse n&apos;est pas arrivée complètement en %n secondes. Réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: free some space on the disk that holds %1 and try again.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace sur le disque qui contient %1 et réessayez.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Type de problème : %1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>Nature de l&apos;erreur : %1</translation>
    </message>
</context>
<context>
    <name>sp::AppController</name>
    <message>
        <source>The demo account&apos;s password was changed. Sign in with the new one.</source>
        <translation>Le mot de passe du compte de démonstration a été modifié. Connectez-vous avec le nouveau.</translation>
    </message>
</context>
<context>
    <name>sp::AtomicFileReplacer</name>
    <message>
        <source>%1 is a symbolic link. For safety SellerPulse does not write through links: choose the file itself or another name.</source>
        <translation>%1 est un lien symbolique. Par sécurité, SellerPulse n&apos;écrit pas à travers les liens&#xa0;: choisissez le fichier lui-même ou un autre nom.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 est un dossier&#xa0;: choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>A file could not be created in %1: %2</source>
        <translation>Aucun fichier n&apos;a pu être créé dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another program changed the unfinished file while %1 was being written, so it was not saved. Please try again.</source>
        <translation>Un autre programme a modifié le fichier inachevé pendant l&apos;écriture de %1, il n&apos;a donc pas été enregistré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: %2</source>
        <translation>Le fichier n&apos;a pas pu être enregistré sous %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sp::BundleViewerDialog</name>
    <message>
        <source>Support bundle %1</source>
        <translation>Paquet d&apos;assistance %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Read-only: the bundle was checked against its manifest and is shown as it is.</source>
        <translation>Lecture seule&#xa0;: le paquet a été vérifié par rapport à son manifeste et est affiché tel quel.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Fichiers du paquet</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenu du fichier sélectionné</translation>
    </message>
</context>
<context>
    <name>sp::CacheArchiveWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Le fichier n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The archive could not be started.</source>
        <translation>L&apos;archive n&apos;a pas pu être commencée.</translation>
    </message>
    <message>
        <source>The offline data could not be read: %1</source>
        <translation>Les données hors ligne n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The archive could not be written.</source>
        <translation>L&apos;archive n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The archive could not be completed.</source>
        <translation>L&apos;archive n&apos;a pas pu être finalisée.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
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
        <translation>Données hors ligne SellerPulse, exportées depuis cet ordinateur.<byte value="xd"/>
Données au&#xa0;: %1<byte value="xd"/>
<byte value="xd"/>
Chaque fichier CSV est une table (UTF-8, séparée par des virgules). Les montants sont dans la devise de leur ligne.<byte value="xd"/>
Cette archive n&apos;est PAS chiffrée&#xa0;: conservez-la en lieu sûr.<byte value="xd"/>
<byte value="xd"/>
%2<byte value="xd"/>
</translation>
    </message>
</context>
<context>
    <name>sp::CacheFiles</name>
    <message>
        <source>The cache folder %1 could not be created.</source>
        <translation>Le dossier du cache %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be created.</source>
        <translation>Le fichier du cache %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The damaged cache file %1 could not be moved aside.</source>
        <translation>Le fichier de cache endommagé %1 n&apos;a pas pu être mis de côté.</translation>
    </message>
</context>
<context>
    <name>sp::CacheFormatMigration</name>
    <message>
        <source>The offline copy on this computer could not be converted to the new format: the disk is full. Free some space and start the app again.</source>
        <translation>La copie hors ligne de cet ordinateur n&apos;a pas pu être convertie au nouveau format : le disque est plein. Libérez de l&apos;espace et relancez l&apos;application.</translation>
    </message>
    <message>
        <source>The offline copy on this computer could not be converted to the new format. You can reset it and download your data again.</source>
        <translation>La copie hors ligne de cet ordinateur n&apos;a pas pu être convertie au nouveau format. Vous pouvez la réinitialiser et télécharger à nouveau vos données.</translation>
    </message>
</context>
<context>
    <name>sp::CacheIntegrityCheck</name>
    <message>
        <source>The offline copy could not be checked (%1).</source>
        <translation>La copie hors ligne n&apos;a pas pu être vérifiée (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheKey</name>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>La clé du cache dans le trousseau n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>No random key could be generated for the cache.</source>
        <translation>Aucune clé aléatoire n&apos;a pu être générée pour le cache.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable, so the key of your offline copy cannot be read. Unlock the keychain (for example by signing in to your desktop again or opening your password manager) and choose Retry. Your offline copy is kept.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible, la clé de votre copie hors ligne ne peut donc pas être lue. Déverrouillez le trousseau (par exemple en vous reconnectant à votre bureau ou en ouvrant votre gestionnaire de mots de passe) et choisissez Réessayer. Votre copie hors ligne est conservée.</translation>
    </message>
    <message>
        <source>The keychain still holds the cache key after deleting it.</source>
        <translation>Le trousseau contient toujours la clé du cache après sa suppression.</translation>
    </message>
</context>
<context>
    <name>sp::CacheSchema</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of SellerPulse. Update SellerPulse, or reset the cache and download your data again.</source>
        <translation>Les données hors ligne ont été écrites par une version plus récente de SellerPulse. Mettez à jour SellerPulse, ou réinitialisez le cache et téléchargez à nouveau vos données.</translation>
    </message>
    <message>
        <source>The offline cache could not be updated (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être mises à jour (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheWriter</name>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être préparées (%1).</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Les données hors ligne ne sont pas ouvertes.</translation>
    </message>
    <message>
        <source>The server sent an unreadable page (%1).</source>
        <translation>Le serveur a envoyé une page illisible (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be written (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être écrites (%1).</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>La copie hors ligne sur cet ordinateur est endommagée. Réinitialisez-la pour télécharger à nouveau vos données&#xa0;; le fichier endommagé est alors mis de côté pour l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>sp::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Répéter le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Répéter le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters. Changing it signs out all your other devices.</source>
        <translation>Utilisez %1 à %2 caractères. Le modifier déconnecte tous vos autres appareils.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>Le nouveau mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The new password may have at most %1 characters.</source>
        <translation>Le nouveau mot de passe peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The repeated password does not match the new password.</source>
        <translation>Le mot de passe répété ne correspond pas au nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again, then change your password.</source>
        <translation>Vous n&apos;êtes pas connecté. Reconnectez-vous, puis changez votre mot de passe.</translation>
    </message>
    <message>
        <source>Changing...</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Your password was changed. All your other devices were signed out; this computer stays signed in.</source>
        <translation>Votre mot de passe a été modifié. Tous vos autres appareils ont été déconnectés&#xa0;; cet ordinateur reste connecté.</translation>
    </message>
</context>
<context>
    <name>sp::ChartPainter</name>
    <message>
        <source>No data for this period</source>
        <translation>Aucune donnée pour cette période</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sp::ChecksummedFileWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>Le fichier n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The download was already discarded.</source>
        <translation>Le téléchargement a déjà été abandonné.</translation>
    </message>
    <message>
        <source>The download is incomplete (%1 of %2 bytes). No file was saved.</source>
        <translation>Le téléchargement est incomplet (%1 octets sur %2). Aucun fichier n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the server&apos;s checksum (SHA-256): it was damaged on the way. No file was saved; please download it again.</source>
        <translation>Le fichier téléchargé ne correspond pas à la somme de contrôle du serveur (SHA-256)&#xa0;: il a été endommagé en route. Aucun fichier n&apos;a été enregistré&#xa0;; veuillez le télécharger à nouveau.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The download was larger than announced (more than %1). It was stopped and no file was saved; please try again later.</source>
        <translation>Le téléchargement était plus volumineux qu&apos;annoncé (plus de %1). Il a été arrêté et aucun fichier n&apos;a été enregistré&#xa0;; veuillez réessayer plus tard.</translation>
    </message>
</context>
<context>
    <name>sp::CipherDatabase</name>
    <message>
        <source>The offline cache could not be opened (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être ouvertes (%1).</translation>
    </message>
    <message>
        <source>The database library is not SQLCipher; the offline cache cannot be encrypted.</source>
        <translation>La bibliothèque de base de données n&apos;est pas SQLCipher&#xa0;; les données hors ligne ne peuvent pas être chiffrées.</translation>
    </message>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>La clé du cache dans le trousseau n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The offline cache could not be unlocked.</source>
        <translation>Les données hors ligne n&apos;ont pas pu être déverrouillées.</translation>
    </message>
    <message>
        <source>The offline cache cannot be read: its key does not match or the file is damaged. You can reset the cache and download your data again.</source>
        <translation>Les données hors ligne sont illisibles&#xa0;: leur clé ne correspond pas ou le fichier est endommagé. Vous pouvez réinitialiser le cache et télécharger à nouveau vos données.</translation>
    </message>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être préparées (%1).</translation>
    </message>
    <message>
        <source>The database library is SQLCipher %1; the offline cache needs SQLCipher 4 or newer.</source>
        <translation>La bibliothèque de base de données est SQLCipher %1 ; le cache hors ligne nécessite SQLCipher 4 ou une version plus récente.</translation>
    </message>
</context>
<context>
    <name>sp::CommandLineOptions</name>
    <message>
        <source>SellerPulse Desktop: profit and sales analytics for Amazon sellers.</source>
        <translation>SellerPulse Desktop&#xa0;: analyse des ventes et des bénéfices pour les vendeurs Amazon.</translation>
    </message>
    <message>
        <source>Use the SellerPulse service at URL (https; http only for this computer).</source>
        <translation>Utiliser le service SellerPulse à l&apos;adresse URL (https&#xa0;; http uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Keep settings, data and keychain entries in the profile folder DIR.</source>
        <translation>Conserver les paramètres, les données et les entrées du trousseau dans le dossier de profil DIR.</translation>
    </message>
    <message>
        <source>Start a local sandbox server and use it (for trying SellerPulse out).</source>
        <translation>Démarrer un serveur bac à sable local et l&apos;utiliser (pour essayer SellerPulse).</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window, save it as a PNG to FILE and exit.</source>
        <translation>Démarrer, se connecter, afficher la fenêtre principale, l&apos;enregistrer en PNG dans FILE et quitter.</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window and exit.</source>
        <translation>Démarrer, se connecter, afficher la fenêtre principale et quitter.</translation>
    </message>
    <message>
        <source>Log at LEVEL: debug, info or warning (default: the setting, else info).</source>
        <translation>Journaliser au niveau LEVEL&#xa0;: debug, info ou warning (par défaut&#xa0;: le paramètre, sinon info).</translation>
    </message>
    <message>
        <source>Write a support bundle (versions, settings, redacted logs, the cache&apos;s shape; no secrets or seller data) to FILE and exit.</source>
        <translation>Écrire un paquet d&apos;assistance (versions, paramètres, journaux expurgés, la structure du cache&#xa0;; aucun secret ni donnée de vendeur) dans FILE et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>no program name given</source>
        <translation>aucun nom de programme fourni</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 indiqué plus d&apos;une fois</translation>
    </message>
    <message>
        <source>--server and --sandbox cannot be used together</source>
        <translation>--server et --sandbox ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>--server %1 is not allowed: %2</source>
        <translation>--server %1 n&apos;est pas autorisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a valid https URL</source>
        <translation>pas une URL https valide</translation>
    </message>
    <message>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>--profile needs a folder name</source>
        <translation>--profile nécessite un nom de dossier</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>--log-level must be debug, info or warning, not &quot;%1&quot;</source>
        <translation>--log-level doit valoir debug, info ou warning, et non « %1 »</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name</source>
        <translation>--support-bundle nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>--support-bundle cannot be combined with --sandbox, --smoke-test or --screenshot</source>
        <translation>--support-bundle ne peut pas être combiné avec --sandbox, --smoke-test ou --screenshot</translation>
    </message>
    <message>
        <source>Also trust the PEM certificates in FILE, for the --server host only (never for the SellerPulse cloud).</source>
        <translation>Faire aussi confiance aux certificats PEM de FILE, uniquement pour l&apos;hôte --server (jamais pour le cloud SellerPulse).</translation>
    </message>
    <message>
        <source>--ca-file needs --server: its certificates are trusted for that server only</source>
        <translation>--ca-file nécessite --server&#xa0;: ses certificats ne sont approuvés que pour ce serveur</translation>
    </message>
    <message>
        <source>--ca-file cannot be used for the SellerPulse cloud, whose certificate is checked against the system&apos;s certificate authorities only</source>
        <translation>--ca-file ne peut pas être utilisé pour le cloud SellerPulse, dont le certificat est vérifié uniquement auprès des autorités de certification du système</translation>
    </message>
    <message>
        <source>With --smoke-test or --screenshot: wait for the dashboard&apos;s figures from this computer&apos;s copy of the data instead of the sign-in.</source>
        <translation>Avec --smoke-test ou --screenshot : attendre les chiffres du tableau de bord issus de la copie des données de cet ordinateur au lieu de la connexion.</translation>
    </message>
    <message>
        <source>--smoke-dashboard needs --smoke-test or --screenshot</source>
        <translation>--smoke-dashboard nécessite --smoke-test ou --screenshot</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x800.</source>
        <translation>Avec --screenshot : la taille de la fenêtre, par ex. 1280x800.</translation>
    </message>
    <message>
        <source>--page and --size need --screenshot</source>
        <translation>--page et --size nécessitent --screenshot</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;</source>
        <translation>--page doit être l&apos;un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, not &quot;%1&quot;</source>
        <translation>--size doit être LARGEURxHAUTEUR entre 640x480 et 7680x4320, pas « %1 »</translation>
    </message>
    <message>
        <source>With --screenshot: show PAGE (%1) once its data is in.</source>
        <translation>Avec --screenshot : afficher PAGE (%1) dès que ses données sont là.</translation>
    </message>
</context>
<context>
    <name>sp::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sp::ConfirmedRows</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Le cache hors ligne n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>sp::ConnectionStatus</name>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Connecté en tant que %2 (%1)</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
</context>
<context>
    <name>sp::ConsentUrlPolicy</name>
    <message>
        <source>The server sent an invalid sign-in address for Amazon.</source>
        <translation>Le serveur a envoyé une adresse de connexion Amazon non valide.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address contains a user name, which Amazon&apos;s never does.</source>
        <translation>L&apos;adresse de connexion Amazon contient un nom d&apos;utilisateur, ce que celle d&apos;Amazon ne fait jamais.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address has an unexpected part after &apos;#&apos;.</source>
        <translation>L&apos;adresse de connexion Amazon contient une partie inattendue après « # ».</translation>
    </message>
    <message>
        <source>The Amazon sign-in address lacks the application or the security state.</source>
        <translation>Il manque à l&apos;adresse de connexion Amazon l&apos;application ou l&apos;état de sécurité.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not encrypted (https); it was not opened.</source>
        <translation>L&apos;adresse de connexion Amazon n&apos;est pas chiffrée (https)&#xa0;; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>The sign-in address points to %1, not to Amazon Seller Central (%2); it was not opened. Please report this to SellerPulse.</source>
        <translation>L&apos;adresse de connexion pointe vers %1 et non vers Amazon Seller Central (%2)&#xa0;; elle n&apos;a pas été ouverte. Veuillez le signaler à SellerPulse.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address uses an unexpected port; it was not opened.</source>
        <translation>L&apos;adresse de connexion Amazon utilise un port inattendu&#xa0;; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not Seller Central&apos;s consent page; it was not opened.</source>
        <translation>L&apos;adresse de connexion Amazon n&apos;est pas la page d&apos;autorisation de Seller Central&#xa0;; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address names the application or the security state twice; it was not opened.</source>
        <translation>L&apos;adresse de connexion Amazon indique deux fois l&apos;application ou l&apos;état de sécurité&#xa0;; elle n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address asks for another application&apos;s access, not SellerPulse&apos;s; it was not opened. Please report this to SellerPulse.</source>
        <translation>L&apos;adresse de connexion Amazon demande l&apos;accès pour une autre application que SellerPulse&#xa0;; elle n&apos;a pas été ouverte. Veuillez le signaler à SellerPulse.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardChart</name>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Chiffre d&apos;affaires et bénéfice net quotidiens</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>Aucune vente sur cette période</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Revenue and net profit by week</source>
        <translation>Chiffre d&apos;affaires et bénéfice net par semaine</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Chiffre d&apos;affaires et bénéfice net par mois</translation>
    </message>
</context>
<context>
    <name>sp::DashboardPage</name>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Frais Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Coût des marchandises</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Bénéfice net</translation>
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
        <translation>pas de comparaison</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 pts</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation>nouveau sur cette période</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete: some products sold have no unit cost for the date. &lt;a href=&quot;products&quot;&gt;Enter unit costs on the products page&lt;/a&gt;.</source>
        <translation>Le coût des marchandises est incomplet&#xa0;: certains produits vendus n&apos;ont pas de coût unitaire à cette date. &lt;a href=&quot;products&quot;&gt;Saisir les coûts unitaires sur la page des produits&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete</source>
        <translation>Coût des marchandises incomplet</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Chiffre d&apos;affaires et bénéfice net quotidiens</translation>
    </message>
    <message>
        <source>%1 to %2 (previous: %3 to %4)</source>
        <translation>du %1 au %2 (précédente&#xa0;: du %3 au %4)</translation>
    </message>
    <message>
        <source>Choose a range whose start is not after its end.</source>
        <translation>Choisissez une période dont le début n&apos;est pas postérieur à la fin.</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Aucune donnée téléchargée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source> (%1 pending, estimated)</source>
        <translation> (%1 en attente, estimé)</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimé)</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (incomplet)</translation>
    </message>
    <message>
        <source>Some products sold have no unit cost for the date.</source>
        <translation>Certains produits vendus n&apos;ont pas de coût unitaire à cette date.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the previous period</source>
        <translation>Variation de %1 en %2 par rapport à la période précédente</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>Data as of: not downloaded yet</source>
        <translation>Données&#xa0;: pas encore téléchargées</translation>
    </message>
    <message>
        <source>Pending units without a price yet: %1, in %2 pending orders. Revenue is an estimate.</source>
        <translation>Unités en attente encore sans prix&#xa0;: %1, dans %2 commandes en attente. Le chiffre d&apos;affaires est une estimation.</translation>
    </message>
    <message>
        <source>No figures for the previous period of the same length</source>
        <translation>Aucun chiffre pour la période précédente de même durée</translation>
    </message>
    <message>
        <source>Better than the previous period of the same length</source>
        <translation>Mieux que la période précédente de même durée</translation>
    </message>
    <message>
        <source>Worse than the previous period of the same length</source>
        <translation>Moins bien que la période précédente de même durée</translation>
    </message>
    <message>
        <source>The same as in the previous period of the same length</source>
        <translation>Identique à la période précédente de même durée</translation>
    </message>
    <message>
        <source>Downloading your history...</source>
        <translation>Téléchargement de votre historique…</translation>
    </message>
    <message>
        <source>Downloading your history: %1%</source>
        <translation>Téléchargement de votre historique : %1 %</translation>
    </message>
    <message>
        <source> after %1 other expenses</source>
        <translation> après %1 d&apos;autres dépenses</translation>
    </message>
    <message>
        <source>Net profit includes the expenses you recorded outside Amazon (the Expenses page) that occur in the period.</source>
        <translation>Le bénéfice net inclut les dépenses hors Amazon que vous avez enregistrées (page Dépenses) et qui tombent dans la période.</translation>
    </message>
    <message>
        <source>no data last year</source>
        <translation>pas de données l&apos;an dernier</translation>
    </message>
    <message>
        <source>no comparison with last year</source>
        <translation>pas de comparaison avec l&apos;an dernier</translation>
    </message>
    <message>
        <source>%1 %2 pts vs last year</source>
        <translation>%1 %2 pts vs l&apos;an dernier</translation>
    </message>
    <message>
        <source>unchanged vs last year</source>
        <translation>inchangé vs l&apos;an dernier</translation>
    </message>
    <message>
        <source>none last year</source>
        <translation>aucun l&apos;an dernier</translation>
    </message>
    <message>
        <source>%1 %2 % vs last year</source>
        <translation>%1 %2 % vs l&apos;an dernier</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>No figures for the same days last year (%1): the downloaded history does not reach back to them, or there were no sales</source>
        <translation>Aucun chiffre pour les mêmes jours l&apos;an dernier (%1) : l&apos;historique téléchargé ne remonte pas jusque-là, ou il n&apos;y a pas eu de ventes</translation>
    </message>
    <message>
        <source>Better than the same days last year (%1)</source>
        <translation>Mieux que les mêmes jours l&apos;an dernier (%1)</translation>
    </message>
    <message>
        <source>Worse than the same days last year (%1)</source>
        <translation>Moins bien que les mêmes jours l&apos;an dernier (%1)</translation>
    </message>
    <message>
        <source>The same as on the same days last year (%1)</source>
        <translation>Identique aux mêmes jours l&apos;an dernier (%1)</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the same days last year</source>
        <translation>Évolution de %1 en %2 par rapport aux mêmes jours l&apos;an dernier</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a month&apos;s name and its year (&quot;December 2026&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: from tomorrow, after the month&apos;s first complete day</source>
        <translation>Prévision de fin de mois pour %1 : dès demain, après le premier jour complet du mois</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: no sales so far this month</source>
        <translation>Prévision de fin de mois pour %1 : aucune vente ce mois-ci pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %2 revenue, %3 units, %4 net profit</source>
        <translation>%1 : %2 de chiffre d&apos;affaires, %3 unités, %4 de bénéfice net</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: %2 revenue, %3 units, %4 net profit</source>
        <translation>Prévision de fin de mois pour %1 : %2 de chiffre d&apos;affaires, %3 unités, %4 de bénéfice net</translation>
    </message>
    <message>
        <source>So far: %1 revenue, %2 units.</source>
        <translation>Jusqu&apos;ici : %1 de chiffre d&apos;affaires, %2 unités.</translation>
    </message>
    <message>
        <source>Net profit is after this month&apos;s other expenses of %1.</source>
        <translation>Le bénéfice net est calculé après les autres dépenses de ce mois, soit %1.</translation>
    </message>
    <message>
        <source>Month-end forecast in %1</source>
        <translation>Prévision de fin de mois en %1</translation>
    </message>
    <message>
        <source>Month-end forecast for %1, all marketplaces in %2: %3 revenue, %4 units, %5 net profit</source>
        <extracomment>%1 a month and its year (&quot;December 2026&quot;), %2 the home currency</extracomment>
        <translation>Prévision de fin de mois pour %1, toutes les places de marché en %2 : %3 de chiffre d&apos;affaires, %4 unités, %5 de bénéfice net</translation>
    </message>
    <message>
        <source>Each currency&apos;s forecast converted at its latest reference rate up to %1.</source>
        <translation>La prévision de chaque devise est convertie à son dernier taux de référence jusqu&apos;au %1.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardProductTables</name>
    <message>
        <source>Top earners</source>
        <translation>Produits les plus rentables</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <source>Products losing money</source>
        <translation>Produits déficitaires</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock faible</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation>Vendus par jour</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Jours de couverture</translation>
    </message>
    <message>
        <source>Losing money</source>
        <translation>Déficitaires</translation>
    </message>
    <message>
        <source>Ranked within each currency: exchange rates are not downloaded yet.</source>
        <translation>Classés dans chaque devise : les taux de change ne sont pas encore téléchargés.</translation>
    </message>
    <message>
        <source>Top earners (by net profit in %1, converted)</source>
        <translation>Meilleures ventes (par bénéfice net en %1, converti)</translation>
    </message>
    <message>
        <source>Losing money (by net profit in %1, converted)</source>
        <translation>À perte (par bénéfice net en %1, converti)</translation>
    </message>
    <message>
        <source>Ranked across marketplaces by net profit converted into %1 at the reference rates of %2 (the latest on or before the period&apos;s last day); a product&apos;s currencies are added up.</source>
        <translation>Classés sur toutes les places de marché par bénéfice net converti en %1 aux taux de référence du %2 (les derniers au plus tard le dernier jour de la période) ; les devises d&apos;un produit sont additionnées.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardQuery</name>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Choisissez une période dont le premier jour n&apos;est pas postérieur au dernier.</translation>
    </message>
</context>
<context>
    <name>sp::DatevExport</name>
    <message>
        <source>Choose at least one payout for the DATEV file.</source>
        <translation>Choisissez au moins un versement pour le fichier DATEV.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2, the DATEV ledger in %3: DATEV files hold one currency. Export it as a journal instead.</source>
        <translation>Le versement %1 est en %2, la comptabilité DATEV en %3 : un fichier DATEV ne contient qu’une devise. Exportez-le plutôt comme journal.</translation>
    </message>
    <message>
        <source>DATEV needs accounts of %1 digits; &quot;%2&quot; is not one.</source>
        <translation>DATEV exige des comptes de %1 chiffres ; « %2 » n’en est pas un.</translation>
    </message>
    <message>
        <source>Payout %1 has a booking on %2, outside the file&apos;s period %3 to %4.</source>
        <translation>Le versement %1 a une écriture le %2, hors de la période du fichier (%3 au %4).</translation>
    </message>
    <message>
        <source>The bookings run from %1 to %2, into a new fiscal year; a DATEV file holds one fiscal year. Book each payout on its payout date, or export each year separately.</source>
        <translation>Les écritures vont du %1 au %2, sur un nouvel exercice ; un fichier DATEV contient un seul exercice. Passez chaque versement à sa date de versement, ou exportez chaque exercice séparément.</translation>
    </message>
    <message>
        <source>Enter the consultant number (Beraternummer, 1001 to 9999999) your tax adviser uses in DATEV.</source>
        <translation>Saisissez le numéro de conseiller (Beraternummer, 1001 à 9999999) que votre conseiller fiscal utilise dans DATEV.</translation>
    </message>
    <message>
        <source>Enter the client number (Mandantennummer, 1 to 99999) your tax adviser uses in DATEV.</source>
        <translation>Saisissez le numéro de client (Mandantennummer, 1 à 99999) que votre conseiller fiscal utilise dans DATEV.</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12.</source>
        <translation>L’exercice doit commencer un mois de 1 à 12.</translation>
    </message>
    <message>
        <source>DATEV accounts have 4 to 8 digits.</source>
        <translation>Les comptes DATEV ont de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>The file&apos;s period is not valid.</source>
        <translation>La période du fichier n’est pas valide.</translation>
    </message>
    <message>
        <source>The DATEV settings are damaged; enter them again.</source>
        <translation>Les réglages DATEV sont endommagés ; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>sp::DeleteAccountDialog</name>
    <message>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>sous 30 jours</translation>
    </message>
    <message>
        <source>Your account is closed and will be deleted by %1. %2</source>
        <translation>Votre compte est fermé et sera supprimé d&apos;ici le %1. %2</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Suppression…</translation>
    </message>
</context>
<context>
    <name>sp::ErrorDetailsView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Détails pour le support</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy these lines, e.g. for a message to support.</source>
        <translation>Copiez ces lignes, par exemple pour un message au support.</translation>
    </message>
</context>
<context>
    <name>sp::ExpenseClient</name>
    <message>
        <source>Expenses can be changed when SellerPulse is online; you are offline.</source>
        <translation>Les dépenses peuvent être modifiées lorsque SellerPulse est en ligne ; vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>You already have 1,000 expenses, the most an account can keep. Delete some you no longer need, then add this one again.</source>
        <translation>Vous avez déjà 1 000 dépenses, le maximum pour un compte. Supprimez-en dont vous n&apos;avez plus besoin, puis ajoutez celle-ci à nouveau.</translation>
    </message>
    <message>
        <source>The server did not accept these fields: %1. Correct them and save again.</source>
        <translation>Le serveur n&apos;a pas accepté ces champs : %1. Corrigez-les et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>sp::ExpenseDialog</name>
    <message>
        <source>Software</source>
        <translation>Logiciels</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Salaires</translation>
    </message>
    <message>
        <source>Advertising outside Amazon</source>
        <translation>Publicité hors Amazon</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Services professionnels</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Se &amp;termine le :</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>Modifier la dépense</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>e.g. Warehouse rent</source>
        <translation>p. ex. loyer de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>e.g. 39.00</source>
        <translation>p. ex. 39,00</translation>
    </message>
    <message>
        <source>Whole business</source>
        <translation>Toute l&apos;entreprise</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Se termine</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
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
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Commence le :</translation>
    </message>
    <message>
        <source>Mar&amp;ketplace:</source>
        <translation>Mar&amp;ketplace :</translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation>S&amp;KU :</translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation>Saisissez une description.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, e.g. 39.00.</source>
        <translation>Saisissez un montant supérieur à zéro, p. ex. 39,00.</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, e.g. EUR.</source>
        <translation>Saisissez un code de devise à trois lettres, p. ex. EUR.</translation>
    </message>
</context>
<context>
    <name>sp::ExpensesPage</name>
    <message>
        <source>&amp;Add expense…</source>
        <translation>&amp;Ajouter une dépense…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Costs outside Amazon (software, packaging, a warehouse, wages). They count in net profit on the days they occur, in their own currency.</source>
        <translation>Coûts hors Amazon (logiciels, emballage, un entrepôt, salaires). Ils comptent dans le bénéfice net les jours où ils tombent, dans leur propre devise.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
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
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>Edit the chosen expense</source>
        <translation>Modifier la dépense choisie</translation>
    </message>
    <message>
        <source>Delete the chosen expense</source>
        <translation>Supprimer la dépense choisie</translation>
    </message>
    <message>
        <source>Saved on the server; the list and the figures follow after the next sync.</source>
        <translation>Enregistré sur le serveur ; la liste et les chiffres suivront après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>Non enregistré : la session a changé entre-temps. Enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation>Supprimer la dépense</translation>
    </message>
    <message>
        <source>Delete the expense &quot;%1&quot;? It no longer counts in net profit, on every computer.</source>
        <translation>Supprimer la dépense « %1 » ? Elle ne comptera plus dans le bénéfice net, sur aucun ordinateur.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>sp::FileErrorText</name>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to save the export in.</source>
        <translation>%1 n&apos;est pas un dossier. Choisissez un dossier où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room for the export in %1. Free some space or choose another folder.</source>
        <translation>Le disque est plein&#xa0;: il n&apos;y a pas de place pour l&apos;export dans %1. Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: the folder is read-only or you are not allowed to write there. Choose another folder.</source>
        <translation>L&apos;export ne peut pas être enregistré dans %1&#xa0;: le dossier est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: %2</source>
        <translation>L&apos;export ne peut pas être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be finished. Free some space or choose another folder.</source>
        <translation>Le disque est plein&#xa0;: l&apos;export vers %1 n&apos;a pas pu être terminé. Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: the folder is read-only or you are not allowed to write there.</source>
        <translation>L&apos;export vers %1 n&apos;a pas pu être écrit&#xa0;: le dossier est en lecture seule ou vous n&apos;avez pas le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: %2</source>
        <translation>L&apos;export vers %1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder: choose another file name.</source>
        <translation>%1 est un dossier&#xa0;: choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The export could not replace %1: the file is read-only or in use.</source>
        <translation>L&apos;export n&apos;a pas pu remplacer %1&#xa0;: le fichier est en lecture seule ou en cours d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The export could not be saved as %1: %2</source>
        <translation>L&apos;export n&apos;a pas pu être enregistré sous %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sp::FileLogging</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>Impossible de créer le dossier des journaux %1.</translation>
    </message>
</context>
<context>
    <name>sp::FinancesPage</name>
    <message>
        <source>Posted from</source>
        <translation>Comptabilisé du</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Search financial events</source>
        <translation>Rechercher des événements financiers</translation>
    </message>
    <message>
        <source>Search by order id, SKU or event id</source>
        <translation>Rechercher par numéro de commande, SKU ou ID d&apos;événement</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Filter by posting date</source>
        <translation>Filtrer par date de comptabilisation</translation>
    </message>
    <message>
        <source>Posted until</source>
        <translation>Comptabilisé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Financial events</source>
        <translation>Événements financiers</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Toutes les marketplaces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No financial events downloaded yet</source>
        <translation>Aucun événement financier téléchargé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1+ events</source>
        <translation>%1+ événements</translation>
    </message>
</context>
<context>
    <name>sp::FinancialEventsModel</name>
    <message>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>sp::GuidedStartChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Three steps make your profit figures complete.</source>
        <translation>Trois étapes pour des chiffres de bénéfice complets.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Hide this list for good. Settings and the products page still have everything.</source>
        <translation>Masquer définitivement cette liste. Les paramètres et la page des produits offrent toujours tout.</translation>
    </message>
    <message>
        <source>Dismiss the getting started list</source>
        <translation>Masquer la liste « Premiers pas »</translation>
    </message>
    <message>
        <source>Connect your Amazon seller account</source>
        <translation>Connectez votre compte vendeur Amazon</translation>
    </message>
    <message>
        <source>Connect &amp;Amazon...</source>
        <translation>Connecter &amp;Amazon...</translation>
    </message>
    <message>
        <source>Enter the unit costs of the products you sell</source>
        <translation>Saisissez le coût unitaire des produits que vous vendez</translation>
    </message>
    <message>
        <source>Enter unit &amp;costs...</source>
        <translation>Saisir les coûts &amp;unitaires...</translation>
    </message>
    <message>
        <source>Choose your home currency</source>
        <translation>Choisissez votre devise principale</translation>
    </message>
    <message>
        <source>Choose c&amp;urrency...</source>
        <translation>Choisir la &amp;devise...</translation>
    </message>
    <message>
        <source>Connected: your orders, fees and stock are downloaded.</source>
        <translation>Connecté : vos commandes, frais et stocks sont téléchargés.</translation>
    </message>
    <message>
        <source>SellerPulse reads your orders, fees and stock from Amazon once you allow it.</source>
        <translation>SellerPulse lit vos commandes, frais et stocks chez Amazon dès que vous l’autorisez.</translation>
    </message>
    <message>
        <source>Cost of goods needs what you pay for one unit of each product.</source>
        <translation>Le coût des marchandises a besoin de ce que vous payez pour une unité de chaque produit.</translation>
    </message>
    <message>
        <source>Every product you sold has a unit cost.</source>
        <translation>Chaque produit vendu a un coût unitaire.</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost: its cost of goods is incomplete.</source>
        <translation>1 produit vendu sans coût unitaire : son coût des marchandises est incomplet.</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost: their cost of goods is incomplete.</source>
        <translation>%1 produits vendus sans coût unitaire : leur coût des marchandises est incomplet.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in %1.</source>
        <translation>Le tableau de bord additionne toutes les places de marché en %1.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in one currency: pick yours.</source>
        <translation>Le tableau de bord additionne toutes les places de marché dans une devise : choisissez la vôtre.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencyChooser</name>
    <message>
        <source>&amp;Home currency:</source>
        <translation>&amp;Devise principale :</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Devise principale</translation>
    </message>
    <message>
        <source>The dashboard adds up every marketplace in this currency, at daily reference rates.</source>
        <translation>Le tableau de bord additionne toutes les places de marché dans cette devise, aux taux de référence quotidiens.</translation>
    </message>
    <message>
        <source>Automatic (EUR)</source>
        <translation>Automatique (EUR)</translation>
    </message>
    <message>
        <source>Automatic (%1 if rates cover it, otherwise EUR)</source>
        <translation>Automatique (%1 si des taux existent, sinon EUR)</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencySummary</name>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Frais Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>All marketplaces in %1</source>
        <translation>Toutes les places de marché en %1</translation>
    </message>
    <message>
        <source>%1, all marketplaces converted into %2</source>
        <translation>%1, toutes les places de marché converties en %2</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Aucune donnée téléchargée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Converted at daily ECB-style reference rates, each day at its own rate.</source>
        <translation>Converti aux taux de référence quotidiens (comme ceux de la BCE), chaque jour à son propre taux.</translation>
    </message>
    <message>
        <source>Rates of %1 to %2 (weekends and holidays: the latest earlier rate), into %3 from %4.</source>
        <translation>Taux du %1 au %2 (week-ends et jours fériés : le dernier taux antérieur), en %3 depuis %4.</translation>
    </message>
    <message>
        <source>Every figure is already in %1: nothing to convert.</source>
        <translation>Tous les chiffres sont déjà en %1 : rien à convertir.</translation>
    </message>
    <message>
        <source>Exchange rates not yet downloaded for %1: the totals in %2 are shown once the next sync has brought them.</source>
        <translation>Taux de change pas encore téléchargés pour %1 : les totaux en %2 s&apos;affichent dès que la prochaine synchronisation les a apportés.</translation>
    </message>
</context>
<context>
    <name>sp::JobProgressPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
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
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Amazon fee</source>
        <translation>Frais Amazon</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Reserve held</source>
        <translation>Réserve retenue</translation>
    </message>
    <message>
        <source>Reserve released</source>
        <translation>Réserve libérée</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Remboursement d’Amazon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Amazon payout %1</source>
        <translation>Versement Amazon %1</translation>
    </message>
    <message>
        <source>Input VAT %1 %: %2</source>
        <translation>TVA déductible %1 % : %2</translation>
    </message>
</context>
<context>
    <name>sp::KeychainUnavailableDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Continue for this session only</source>
        <translation>&amp;Continuer pour cette session uniquement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible.</translation>
    </message>
    <message>
        <source>SellerPulse keeps your sign-in in the system keychain. Unlock the keychain and choose Retry, or enter your password to continue for this session only: you will have to sign in again next time.</source>
        <translation>SellerPulse conserve votre connexion dans le trousseau du système. Déverrouillez le trousseau et choisissez Réessayer, ou saisissez votre mot de passe pour continuer pour cette session uniquement&#xa0;: vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Continue for this session only</source>
        <translation>Continuer pour cette session uniquement</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Enter your email and password to continue without the keychain.</source>
        <translation>Saisissez votre e-mail et votre mot de passe pour continuer sans le trousseau.</translation>
    </message>
</context>
<context>
    <name>sp::LanguageChooser</name>
    <message>
        <source>The language changes the next time you start SellerPulse.</source>
        <translation>La langue change au prochain démarrage de SellerPulse.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Restart SellerPulse in the chosen language</source>
        <translation>Redémarrer SellerPulse dans la langue choisie</translation>
    </message>
</context>
<context>
    <name>sp::LocalSandbox</name>
    <message>
        <source>The local sandbox program was not found at %1. Reinstall SellerPulse.</source>
        <translation>Le programme du bac à sable local est introuvable dans %1. Réinstallez SellerPulse.</translation>
    </message>
    <message>
        <source>The sandbox folder %1 cannot be created.</source>
        <translation>Le dossier du bac à sable %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The local sandbox reported an address SellerPulse cannot use.</source>
        <translation>Le bac à sable local a indiqué une adresse que SellerPulse ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>The local sandbox crashed.</source>
        <translation>Le bac à sable local a planté.</translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation>Le bac à sable local s&apos;est arrêté (code de sortie %1).</translation>
    </message>
    <message>
        <source>Its last message: %1</source>
        <translation>Son dernier message&#xa0;: %1</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Le bac à sable local n&apos;a pas pu être démarré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sp::LoopbackRedirectListener</name>
    <message>
        <source>Return to SellerPulse</source>
        <translation>Retourner à SellerPulse</translation>
    </message>
    <message>
        <source>You chose not to connect your Amazon account. You can close this tab.</source>
        <translation>Vous avez choisi de ne pas connecter votre compte Amazon. Vous pouvez fermer cet onglet.</translation>
    </message>
    <message>
        <source>Amazon has approved. Return to SellerPulse to check the Amazon account and finish connecting it. You can close this tab.</source>
        <translation>Amazon a donné son autorisation. Retournez à SellerPulse pour vérifier le compte Amazon et terminer sa connexion. Vous pouvez fermer cet onglet.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Contenu de la section</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Produits et stock</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Réinitialiser le cache et tout retélécharger</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: %1 Nothing was deleted.</source>
        <translation>Les données hors ligne de cet ordinateur sont illisibles&#xa0;: %1 Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>La dernière synchronisation a échoué.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Réapprovisionnement</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
</context>
<context>
    <name>sp::MainWindowActions</name>
    <message>
        <source>Change &amp;password...</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Download what changed on the server now (F5)</source>
        <translation>Télécharger maintenant ce qui a changé sur le serveur (F5)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Create support bundle...</source>
        <translation>&amp;Créer un paquet d&apos;assistance…</translation>
    </message>
    <message>
        <source>&amp;Open support bundle...</source>
        <translation>&amp;Ouvrir un paquet d&apos;assistance…</translation>
    </message>
    <message>
        <source>Chec&amp;k the offline copy</source>
        <translation>&amp;Vérifier la copie hors ligne</translation>
    </message>
    <message>
        <source>&amp;About SellerPulse</source>
        <translation>À &amp;propos de SellerPulse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Check the offline copy</source>
        <translation>Vérifier la copie hors ligne</translation>
    </message>
</context>
<context>
    <name>sp::MarketplaceFilterButton</name>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Toutes les marketplaces</translation>
    </message>
    <message>
        <source>1 marketplace</source>
        <translation>1 marketplace</translation>
    </message>
    <message>
        <source>%1 marketplaces</source>
        <translation>%1 marketplaces</translation>
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
        <translation>Pas de prévision le premier jour du mois : elle commence après le premier jour complet.</translation>
    </message>
    <message>
        <source>No sales so far this month: nothing to forecast from.</source>
        <translation>Aucune vente ce mois-ci pour l&apos;instant : rien sur quoi fonder une prévision.</translation>
    </message>
    <message>
        <source>The month is over: these are its actual figures.</source>
        <translation>Le mois est terminé : voici ses chiffres réels.</translation>
    </message>
    <message>
        <source>Forecast from the run rate of 1 day</source>
        <translation>Prévision d&apos;après le rythme de 1 jour</translation>
    </message>
    <message>
        <source>Forecast from the run rate of %1 days</source>
        <translation>Prévision d&apos;après le rythme de %1 jours</translation>
    </message>
    <message>
        <source>%1, adjusted by last year&apos;s %2</source>
        <extracomment>%1 is &quot;Forecast from the run rate of N days&quot;, %2 a month&apos;s name (&quot;December&quot;)</extracomment>
        <translation>%1, ajustée selon le profil de %2 l&apos;an dernier</translation>
    </message>
</context>
<context>
    <name>sp::NextPayoutLabel</name>
    <message>
        <source>%1 so far in the open period, expected about %2</source>
        <translation>%1 pour l&apos;instant dans la période ouverte, prévu vers le %2</translation>
    </message>
    <message>
        <source>%1 on its way, expected %2</source>
        <translation>%1 en cours de virement, prévu le %2</translation>
    </message>
    <message>
        <source>Next payouts: %1</source>
        <translation>Prochains versements : %1</translation>
    </message>
</context>
<context>
    <name>sp::OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Détails de la commande</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Articles de la commande</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Fees and refunds of the order</source>
        <translation>Frais et remboursements de la commande</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Fees, charges and refunds</source>
        <translation>Frais, débits et remboursements</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Aucune commande choisie</translation>
    </message>
    <message>
        <source>Choose an order to see its items, fees and refunds.</source>
        <translation>Choisissez une commande pour voir ses articles, frais et remboursements.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Items: %1; nothing posted for this order yet.</source>
        <translation>Articles&#xa0;: %1&#xa0;; rien n&apos;a encore été comptabilisé pour cette commande.</translation>
    </message>
    <message>
        <source>Items: %1; posted in total: %2</source>
        <translation>Articles&#xa0;: %1&#xa0;; total comptabilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Lecture de la commande…</translation>
    </message>
</context>
<context>
    <name>sp::OrdersModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Acheté le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>sp::OrdersPage</name>
    <message>
        <source>Purchased from</source>
        <translation>Acheté du</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Search by order id, SKU, ASIN or title</source>
        <translation>Rechercher par numéro de commande, SKU, ASIN ou titre</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la commande</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Filter by purchase date</source>
        <translation>Filtrer par date d&apos;achat</translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation>Acheté jusqu&apos;au</translation>
    </message>
    <message>
        <source>Columns...</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <source>Choose the order columns</source>
        <translation>Choisir les colonnes des commandes</translation>
    </message>
    <message>
        <source>Order columns</source>
        <translation>Colonnes des commandes</translation>
    </message>
    <message>
        <source>Order rows</source>
        <translation>Lignes des commandes</translation>
    </message>
    <message>
        <source>Select all orders</source>
        <translation>Sélectionner toutes les commandes</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Toutes les marketplaces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No orders downloaded yet</source>
        <translation>Aucune commande téléchargée pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 matching order</source>
        <translation>1 commande correspondante</translation>
    </message>
    <message>
        <source>%1 matching orders</source>
        <translation>%1 commandes correspondantes</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 commandes</translation>
    </message>
    <message>
        <source>%1+ matching orders</source>
        <translation>%1+ commandes correspondantes</translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation>%1+ commandes</translation>
    </message>
</context>
<context>
    <name>sp::PayoutCheck</name>
    <message>
        <source>A payout has no settlement id; nothing was written.</source>
        <translation>Un versement n’a pas de numéro de règlement ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Payout %1 has no currency; nothing was written.</source>
        <translation>Le versement %1 n’a pas de devise ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Payout %1 has no valid settlement period; nothing was written.</source>
        <translation>Le versement %1 n’a pas de période de règlement valide ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>Le versement %1 dépasse ce qu’un fichier comptable peut contenir ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2 but one of its lines is in %3; nothing was written.</source>
        <translation>Le versement %1 est en %2 mais l’une de ses lignes est en %3 ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>aucune devise</translation>
    </message>
    <message>
        <source>A line of payout %1 has no date; nothing was written.</source>
        <translation>Une ligne du versement %1 n’a pas de date ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>A line of payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>Une ligne du versement %1 dépasse ce qu’un fichier comptable peut contenir ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Payout %1 does not balance: its lines add up to %2 %4 but the payout is %3 %4 (difference %5 %4); nothing was written.</source>
        <translation>Le versement %1 ne s’équilibre pas : ses lignes totalisent %2 %4 mais le versement est de %3 %4 (écart %5 %4) ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutPostings</name>
    <message>
        <source>The VAT rate on fees must be from 0 to 100 %.</source>
        <translation>Le taux de TVA sur les frais doit être compris entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>What the payout is made of</source>
        <translation>Composition du versement</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Open: still growing</source>
        <translation>Ouvert : en cours</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>En cours de virement</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Rien à verser</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation>%1 (prévu)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>Ventes : %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Remboursements : %1</translation>
    </message>
    <message>
        <source>Amazon fee: %1</source>
        <translation>Frais Amazon : %1</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Remboursements Amazon</translation>
    </message>
    <message>
        <source>Reserve released from the previous payout</source>
        <translation>Réserve libérée du versement précédent</translation>
    </message>
    <message>
        <source>Reserve held back by Amazon</source>
        <translation>Réserve retenue par Amazon</translation>
    </message>
    <message>
        <source>Other: %1, %2</source>
        <translation>Autre : %1, %2</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>No payouts downloaded yet.</source>
        <translation>Aucun versement téléchargé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No payouts yet: Amazon pays about every 14 days.</source>
        <translation>Aucun versement pour l&apos;instant : Amazon verse environ tous les 14 jours.</translation>
    </message>
    <message>
        <source>1 payout</source>
        <translation>1 versement</translation>
    </message>
    <message>
        <source>%1 payouts</source>
        <translation>%1 versements</translation>
    </message>
    <message>
        <source>Select a payout to see what it is made of.</source>
        <translation>Sélectionnez un versement pour voir sa composition.</translation>
    </message>
    <message>
        <source>%1 (net %2)</source>
        <translation>%1 (HT %2)</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>Payout of %1 — orders settled: %2</source>
        <translation>Versement du %1 — commandes réglées : %2</translation>
    </message>
    <message>
        <source>Difference: %1 — matches the payout.</source>
        <translation>Écart : %1 — correspond au versement.</translation>
    </message>
    <message>
        <source>Difference: %1 — this computer has %2 of the payout&apos;s %3 events; the next sync downloads the rest.</source>
        <translation>Écart : %1 — cet ordinateur a %2 des %3 opérations du versement ; la prochaine synchronisation télécharge le reste.</translation>
    </message>
    <message>
        <source>Difference: %1 — the events do not add up to the amount Amazon reports. Sync again; if it stays, create a support bundle (Help menu).</source>
        <translation>Écart : %1 — les opérations ne donnent pas le montant indiqué par Amazon. Synchronisez à nouveau ; si l&apos;écart persiste, créez un dossier d&apos;assistance (menu Aide).</translation>
    </message>
    <message>
        <source>The period is still open: the amount grows until it ends.</source>
        <translation>La période est encore ouverte : le montant augmente jusqu&apos;à sa fin.</translation>
    </message>
    <message>
        <source>Orders the payout settles</source>
        <translation>Commandes réglées par le versement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Achetée le</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>1 event of this order in the payout</source>
        <translation>1 opération de cette commande dans le versement</translation>
    </message>
    <message>
        <source>%1 events of this order in the payout</source>
        <translation>%1 opérations de cette commande dans le versement</translation>
    </message>
    <message>
        <source>No orders in this payout.</source>
        <translation>Aucune commande dans ce versement.</translation>
    </message>
    <message>
        <source>First %1 of %2 orders (by order number).</source>
        <translation>Les %1 premières commandes sur %2 (par numéro de commande).</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 commandes</translation>
    </message>
    <message>
        <source>What this payout holds for each order: the sum of the order&apos;s events in it (the sale, Amazon&apos;s fees, refunds). The purchase day is empty when this computer does not have the order.</source>
        <translation>Ce que ce versement contient pour chaque commande : la somme des opérations de la commande qu&apos;il comprend (la vente, les frais Amazon, les remboursements). La date d&apos;achat est vide quand cet ordinateur n&apos;a pas la commande.</translation>
    </message>
    <message>
        <source>about %1 (expected)</source>
        <translation>vers le %1 (prévu)</translation>
    </message>
</context>
<context>
    <name>sp::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>Le PDF n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No rows for this period.</source>
        <translation>Aucune ligne pour cette période.</translation>
    </message>
</context>
<context>
    <name>sp::PeriodFilterBar</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Année en cours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsClient</name>
    <message>
        <source>The server&apos;s answer about permissions was not understood.</source>
        <translation>La réponse du serveur concernant les autorisations n&apos;a pas été comprise.</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsSection</name>
    <message>
        <source>SellerPulse only reads your Amazon data unless you turn on a feature below. Each one asks you to confirm what it allows; you can turn it off at any time.</source>
        <translation>SellerPulse se contente de lire vos données Amazon, sauf si vous activez une fonction ci-dessous. Chacune vous demande de confirmer ce qu&apos;elle permet&#xa0;; vous pouvez la désactiver à tout moment.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation>%1 est activé.</translation>
    </message>
    <message>
        <source>%1 is off.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>On since %1</source>
        <translation>Activé depuis le %1</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>%1

This changes data on your Amazon account. Turn it on?</source>
        <translation>%1

Cela modifie des données de votre compte Amazon. L&apos;activer&#xa0;?</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
</context>
<context>
    <name>sp::PlanningWiring</name>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>sp::ProductsModel</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>No unit cost entered: cost of goods incomplete</source>
        <translation>Aucun coût unitaire saisi&#xa0;: coût des marchandises incomplet</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir du %2</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Invendable</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
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
        <translation>&amp;Enregistrer le coût unitaire</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Produits et stock</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Search by SKU, ASIN or title</source>
        <translation>Rechercher par SKU, ASIN ou titre</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Unit cost of the chosen product</source>
        <translation>Coût unitaire du produit choisi</translation>
    </message>
    <message>
        <source>Currency of the unit cost</source>
        <translation>Devise du coût unitaire</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>e.g. 4.20</source>
        <translation>p. ex. 4,20</translation>
    </message>
    <message>
        <source>Unit cost applies from</source>
        <translation>Coût unitaire applicable à partir du</translation>
    </message>
    <message>
        <source>Save unit cost</source>
        <translation>Enregistrer le coût unitaire</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Cost per &amp;unit:</source>
        <translation>Coût par &amp;unité&#xa0;:</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>&amp;Applicable à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>No products downloaded yet</source>
        <translation>Aucun produit téléchargé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose a product in the table</source>
        <translation>Choisissez un produit dans le tableau</translation>
    </message>
    <message>
        <source>Offline: unit costs are saved on the server, so entering one needs a connection.</source>
        <translation>Hors ligne&#xa0;: les coûts unitaires sont enregistrés sur le serveur, leur saisie nécessite donc une connexion.</translation>
    </message>
    <message>
        <source>Enter the cost of one unit as an amount, e.g. 4.20.</source>
        <translation>Saisissez le coût d&apos;une unité sous forme de montant, p. ex. 4,20.</translation>
    </message>
    <message>
        <source>Choose the currency of the unit cost.</source>
        <translation>Choisissez la devise du coût unitaire.</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Cost of goods follows after the next sync.</source>
        <translation>Coût unitaire de %1 enregistré. Le coût des marchandises suit après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The unit cost of %1 was not saved: %2</source>
        <translation>Le coût unitaire de %1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 produit</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 produits</translation>
    </message>
    <message>
        <source>1 matching product</source>
        <translation>1 produit correspondant</translation>
    </message>
    <message>
        <source>%1 matching products</source>
        <translation>%1 produits correspondants</translation>
    </message>
    <message>
        <source>Sold wi&amp;thout a cost</source>
        <translation>&amp;Vendus sans coût</translation>
    </message>
    <message>
        <source>Only products sold without a unit cost</source>
        <translation>Uniquement les produits vendus sans coût unitaire</translation>
    </message>
    <message>
        <source>Only the products sold without a unit cost for the day of the sale, highest revenue first: their cost of goods is incomplete.</source>
        <translation>Uniquement les produits vendus sans coût unitaire pour le jour de la vente, les plus gros chiffres d’affaires d’abord : leur coût des marchandises est incomplet.</translation>
    </message>
    <message>
        <source>Every product sold has a unit cost</source>
        <translation>Chaque produit vendu a un coût unitaire</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost</source>
        <translation>1 produit vendu sans coût unitaire</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost</source>
        <translation>%1 produits vendus sans coût unitaire</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Updating the cost of goods...</source>
        <translation>Coût unitaire de %1 enregistré. Mise à jour du coût des marchandises...</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. The cost of goods includes it now.</source>
        <translation>Coût unitaire de %1 enregistré. Le coût des marchandises en tient compte maintenant.</translation>
    </message>
</context>
<context>
    <name>sp::Profile</name>
    <message>
        <source>The profile folder %1 cannot be created or protected. Check that it is writable.</source>
        <translation>Le dossier de profil %1 ne peut pas être créé ni protégé. Vérifiez qu&apos;il est accessible en écriture.</translation>
    </message>
    <message>
        <source>No folder for application data was found.</source>
        <translation>Aucun dossier pour les données d&apos;application n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be written.</source>
        <translation>Les paramètres du profil %1 ne peuvent pas être écrits.</translation>
    </message>
</context>
<context>
    <name>sp::QtKeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable (%1).</source>
        <translation>Le trousseau du système est verrouillé ou indisponible (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Erreur du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The value is too large for the system keychain (%1 bytes, at most %2).</source>
        <translation>La valeur est trop grande pour le trousseau du système (%1 octets, au plus %2).</translation>
    </message>
</context>
<context>
    <name>sp::ReportBuilder</name>
    <message>
        <source>Profit and loss by month</source>
        <translation>Compte de résultat par mois</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Ventes par produit</translation>
    </message>
    <message>
        <source>Fee breakdown</source>
        <translation>Détail des frais</translation>
    </message>
    <message>
        <source>Refunds and returns</source>
        <translation>Remboursements et retours</translation>
    </message>
    <message>
        <source>Inventory health</source>
        <translation>Santé du stock</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Choisissez une période dont le premier jour n&apos;est pas postérieur au dernier.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Pending orders (estimated)</source>
        <translation>Commandes en attente (estimé)</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Frais Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Indemnisations</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Coût des marchandises</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Chiffre d&apos;affaires et bénéfice net par mois</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Net profit (before advertising)</source>
        <translation>Bénéfice net (avant publicité)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Share of fees</source>
        <translation>Part des frais</translation>
    </message>
    <message>
        <source>Fees by kind</source>
        <translation>Frais par type</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unités vendues</translation>
    </message>
    <message>
        <source>Refunded items</source>
        <translation>Articles remboursés</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Montant remboursé</translation>
    </message>
    <message>
        <source>Refunded items per 100 units sold</source>
        <translation>Articles remboursés pour 100 unités vendues</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>Invendable</translation>
    </message>
    <message>
        <source>Units sold (30 days)</source>
        <translation>Unités vendues (30 jours)</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Jours de couverture</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Date d&apos;achat</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total de la commande</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Autres dépenses</translation>
    </message>
</context>
<context>
    <name>sp::ReportHeaderText</name>
    <message>
        <source>Snapshot (no period)</source>
        <translation>Instantané (sans période)</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Période&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>Marketplaces: all</source>
        <translation>Marketplaces&#xa0;: toutes</translation>
    </message>
    <message>
        <source>Marketplaces: %1</source>
        <translation>Marketplaces&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data as of: not synced yet</source>
        <translation>Données&#xa0;: pas encore synchronisées</translation>
    </message>
    <message>
        <source>Data as of %1 UTC</source>
        <translation>Données au %1 UTC</translation>
    </message>
</context>
<context>
    <name>sp::ReportsPage</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel...</source>
        <translation>Exporter en &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Rapport du</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Rapport jusqu&apos;au</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation>Exporter en classeur Excel</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tableau du rapport</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Graphique du rapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;ériode&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Choisissez un rapport.</translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>Choisissez une période dont le début n&apos;est pas postérieur à la fin.</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Aucune donnée téléchargée pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>Il n&apos;y a aucun rapport à exporter.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Un autre export est encore en cours.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>L&apos;export a échoué et aucun fichier n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation>Annuler la création du rapport</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Report cancelled. Choose a report or period to build it again.</source>
        <translation>Rapport annulé. Choisissez un rapport ou une période pour le créer à nouveau.</translation>
    </message>
    <message>
        <source>Report cancelled; the table still shows the previous report.</source>
        <translation>Rapport annulé ; le tableau affiche toujours le rapport précédent.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Ouvrir le fichier exporté</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Afficher le fichier exporté dans son dossier</translation>
    </message>
    <message>
        <source>CSV for spreadsheets in this language: semicolons, decimal comma (*.csv)</source>
        <translation>CSV pour les tableurs dans cette langue : points-virgules, virgule décimale (*.csv)</translation>
    </message>
    <message>
        <source>CSV, international: commas, decimal point (*.csv)</source>
        <translation>CSV international : virgules, point décimal (*.csv)</translation>
    </message>
</context>
<context>
    <name>sp::RestockPage</name>
    <message>
        <source>Default lead time in days</source>
        <translation>Délai de réapprovisionnement par défaut en jours</translation>
    </message>
    <message>
        <source>Default safety days</source>
        <translation>Jours de sécurité par défaut</translation>
    </message>
    <message>
        <source>Save &amp;default</source>
        <translation>Enregistrer par &amp;défaut</translation>
    </message>
    <message>
        <source>Lead time of the chosen SKU in days</source>
        <translation>Délai du SKU choisi en jours</translation>
    </message>
    <message>
        <source>Safety days of the chosen SKU</source>
        <translation>Jours de sécurité du SKU choisi</translation>
    </message>
    <message>
        <source>Save for this &amp;SKU</source>
        <translation>Enregistrer pour ce &amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>&amp;Utiliser le défaut</translation>
    </message>
    <message>
        <source>Export purchase list as &amp;CSV…</source>
        <translation>Exporter la liste d’achat en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export purchase list as E&amp;xcel…</source>
        <translation>Exporter la liste d’achat en E&amp;xcel…</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Réapprovisionnement</translation>
    </message>
    <message>
        <source>When to reorder each SKU and how much, from its sales of the last 30 days, last year&apos;s season, its stock and your lead time and safety days. Hover over a column title for its formula.</source>
        <translation>Quand recommander chaque SKU et en quelle quantité, d’après ses ventes des 30 derniers jours, la saison de l’an dernier, son stock, votre délai et vos jours de sécurité. Survolez un titre de colonne pour voir sa formule.</translation>
    </message>
    <message>
        <source>Restock plan</source>
        <translation>Plan de réapprovisionnement</translation>
    </message>
    <message>
        <source>Lead time and safety days of every SKU without its own.</source>
        <translation>Délai et jours de sécurité de chaque SKU sans réglage propre.</translation>
    </message>
    <message>
        <source>Remove this SKU&apos;s own setting: it follows the default again.</source>
        <translation>Supprimer le réglage propre de ce SKU : il suit de nouveau le défaut.</translation>
    </message>
    <message>
        <source>Saving the default…</source>
        <translation>Enregistrement du défaut…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Purchase list saved to %1.</source>
        <translation>Liste d’achat enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Saved on the server; the plan follows after the next sync.</source>
        <translation>Enregistré sur le serveur ; le plan suivra après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Default lead time (days):</source>
        <translation>Délai par défaut (jours) :</translation>
    </message>
    <message>
        <source>safety days:</source>
        <translation>jours de sécurité :</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>Non enregistré : la session a changé entre-temps. Enregistrez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) to reorder</source>
        <translation>
            <numerusform>%n SKU à recommander</numerusform>
            <numerusform>%n SKU à recommander</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set yet: 30 lead days and 14 safety days apply.</source>
        <translation>Pas encore défini : 30 jours de délai et 14 jours de sécurité s’appliquent.</translation>
    </message>
    <message>
        <source>Lead time and safety days of %1:</source>
        <translation>Délai et jours de sécurité de %1 :</translation>
    </message>
    <message>
        <source>Choose a SKU to set its own lead time and safety days.</source>
        <translation>Choisissez un SKU pour définir son propre délai et ses jours de sécurité.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>No SKU needs an order: the purchase list is empty.</source>
        <translation>Aucun SKU n’a besoin d’une commande : la liste d’achat est vide.</translation>
    </message>
    <message>
        <source>purchase-list</source>
        <translation>liste-achat</translation>
    </message>
    <message>
        <source>Export purchase list</source>
        <translation>Exporter la liste d’achat</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Un autre export est encore en cours.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Export vers %1...</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible à la vente</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Jours de couverture</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Jours de sécurité</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coût de la commande</translation>
    </message>
    <message>
        <source>Units per day last year in the same weeks (52 weeks ago), over the coming lead time + safety days.</source>
        <translation>Unités par jour l’an dernier aux mêmes semaines (il y a 52 semaines), sur le délai + les jours de sécurité à venir.</translation>
    </message>
    <message>
        <source>Days from ordering until the stock can be sold (yours for this SKU, or the default).</source>
        <translation>Jours entre la commande et le moment où le stock peut être vendu (le vôtre pour ce SKU, ou le défaut).</translation>
    </message>
    <message>
        <source>Days of stock kept in reserve on top of the lead time.</source>
        <translation>Jours de stock gardés en réserve en plus du délai.</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>pas d’historique</translation>
    </message>
    <message>
        <source>no unit cost</source>
        <translation>pas de coût unitaire</translation>
    </message>
    <message>
        <source>This SKU&apos;s own setting</source>
        <translation>Réglage propre de ce SKU</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>Le défaut</translation>
    </message>
    <message>
        <source>Units per day: %1 over 7 days, %2 over 30 days, %3 over 90 days; last year in the coming weeks: %4</source>
        <translation>Unités par jour : %1 sur 7 jours, %2 sur 30 jours, %3 sur 90 jours ; l&apos;an dernier dans les semaines à venir : %4</translation>
    </message>
    <message>
        <source>Kept within 0.5 to 3.</source>
        <translation>Limité entre 0,5 et 3.</translation>
    </message>
    <message>
        <source>For %1 lead days and %2 safety days (%3)</source>
        <translation>Pour %1 jours de délai et %2 jours de sécurité (%3)</translation>
    </message>
</context>
<context>
    <name>sp::RestockPurchaseList</name>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amérique du Nord</translation>
    </message>
    <message>
        <source>Far East</source>
        <translation>Extrême-Orient</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Commander maintenant</translation>
    </message>
    <message>
        <source>Order by %1</source>
        <translation>Commander avant le %1</translation>
    </message>
    <message>
        <source>Units sold per day over the whole days before today (7, 30 or 90 days), every marketplace of the region together. The plan uses the 30-day figure times the season factor.</source>
        <translation>Unités vendues par jour sur les jours complets avant aujourd’hui (7, 30 ou 90 jours), toutes les places de marché de la région ensemble. Le plan utilise le chiffre sur 30 jours multiplié par le facteur saisonnier.</translation>
    </message>
    <message>
        <source>Season factor: last year&apos;s units per day in the coming lead time + safety days (52 weeks ago), divided by last year&apos;s units per day in the 30 days before that, kept between 0.5 and 3. It is 1 without a year of history (no sale in a month before last year&apos;s 30 days) or without sales in those 30 days.</source>
        <translation>Facteur saisonnier : unités par jour de l’an dernier sur le délai + les jours de sécurité à venir (il y a 52 semaines), divisées par les unités par jour de l’an dernier sur les 30 jours précédents, limité entre 0,5 et 3. Il vaut 1 sans un an d’historique (aucune vente dans un mois avant ces 30 jours de l’an dernier) ou sans ventes sur ces 30 jours.</translation>
    </message>
    <message>
        <source>Days of cover = (fulfillable + inbound) / planned units per day, where planned units per day = 30-day units per day x season factor.</source>
        <translation>Jours de couverture = (disponible + en transit) / unités prévues par jour, où unités prévues par jour = unités par jour sur 30 jours x facteur saisonnier.</translation>
    </message>
    <message>
        <source>Quantity = planned units per day x (lead time + safety days + 30), rounded up, minus fulfillable and inbound stock; never below zero. A SKU that sells nothing needs no order.</source>
        <translation>Quantité = unités prévues par jour x (délai + jours de sécurité + 30), arrondie au supérieur, moins le stock disponible et en transit ; jamais en dessous de zéro. Un SKU qui ne se vend pas n’a pas besoin de commande.</translation>
    </message>
    <message>
        <source>Unit cost in force today x quantity, in the currency the SKU sold most in over 90 days in that region. Empty without a unit cost.</source>
        <translation>Coût unitaire en vigueur aujourd’hui x quantité, dans la devise où le SKU s’est le plus vendu sur 90 jours dans cette région. Vide sans coût unitaire.</translation>
    </message>
    <message>
        <source>Purchase list</source>
        <translation>Liste d’achat</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Reorder by</source>
        <translation>Commander avant</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible à la vente</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>En transit</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Jours de sécurité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coût de la commande</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Aucune vente</translation>
    </message>
    <message>
        <source>Reorder date = today + the whole days of cover left after lead time and safety days (never before today). Out of stock and order-now rows come first; a SKU without sales needs no order.</source>
        <translation>Date de commande = aujourd&apos;hui + les jours entiers de couverture restant après le délai de livraison et les jours de sécurité (jamais avant aujourd&apos;hui). Les lignes en rupture et à commander maintenant viennent en premier ; un SKU sans ventes n&apos;a besoin d&apos;aucune commande.</translation>
    </message>
</context>
<context>
    <name>sp::RestockSettingsClient</name>
    <message>
        <source>Lead times and safety days can be changed when SellerPulse is online; you are offline.</source>
        <translation>Les délais et les jours de sécurité peuvent être modifiés quand SellerPulse est en ligne ; vous êtes hors ligne.</translation>
    </message>
    <message>
        <source>The server did not accept these values: the lead time must be 1 to 365 days, the safety days 0 to 365. Correct them and save again.</source>
        <translation>Le serveur n’a pas accepté ces valeurs : le délai doit être de 1 à 365 jours, les jours de sécurité de 0 à 365. Corrigez-les et enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The server does not know this SKU (or it has no setting of its own). Sync, then try again.</source>
        <translation>Le serveur ne connaît pas ce SKU (ou il n’a pas de réglage propre). Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Enter a lead time of 1 to 365 days and 0 to 365 safety days.</source>
        <translation>Saisissez un délai de 1 à 365 jours et de 0 à 365 jours de sécurité.</translation>
    </message>
</context>
<context>
    <name>sp::RunMarker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sp::SalesSummary</name>
    <message>
        <source>The offline cache&apos;s summaries could not be updated (%1).</source>
        <translation>Les synthèses des données hors ligne n&apos;ont pas pu être mises à jour (%1).</translation>
    </message>
</context>
<context>
    <name>sp::ServerChoice</name>
    <message>
        <source>A CA file cannot be used for the SellerPulse cloud: its certificate is checked against the system&apos;s certificate authorities only.</source>
        <translation>Un fichier CA ne peut pas être utilisé pour le cloud SellerPulse&#xa0;: son certificat est vérifié uniquement auprès des autorités de certification du système.</translation>
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
        <translation>Le fichier CA %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Le fichier CA %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is too large to be a certificate file.</source>
        <translation>Le fichier CA %1 est trop volumineux pour être un fichier de certificats.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>sp::Session</name>
    <message>
        <source>The system keychain is locked or unavailable, so your saved session cannot be read. Unlock the keychain and retry, or sign in for this session only.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible&#xa0;: votre session enregistrée ne peut donc pas être lue. Déverrouillez le trousseau et réessayez, ou connectez-vous pour cette session uniquement.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Vous vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere: the password was changed or this session was ended on another device. Sign in again.</source>
        <translation>Vous avez été déconnecté ailleurs&#xa0;: le mot de passe a été modifié ou cette session a été fermée sur un autre appareil. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again; if this happens again, change your password.</source>
        <translation>Votre session a été fermée par sécurité, car son jeton de connexion a été utilisé deux fois. Reconnectez-vous&#xa0;; si cela se reproduit, changez votre mot de passe.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1), so you will need to sign in again next time. Unlock the keychain, or check that a Secret Service (such as GNOME Keyring or KWallet) is running. Until you quit, you stay signed in.</source>
        <translation>Votre connexion n&apos;a pas pu être enregistrée dans le trousseau du système (%1), vous devrez donc vous reconnecter la prochaine fois. Déverrouillez le trousseau ou vérifiez qu&apos;un Secret Service (tel que GNOME Keyring ou KWallet) est en cours d&apos;exécution. Vous restez connecté jusqu&apos;à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Your saved sign-in belongs to another server, or this server&apos;s certificate has changed, so it was not sent and has been removed. Sign in again.</source>
        <translation>Votre connexion enregistrée appartient à un autre serveur, ou le certificat de ce serveur a changé&#xa0;; elle n&apos;a donc pas été envoyée et a été supprimée. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>sp::SessionHost</name>
    <message>
        <source>Sign out before choosing another server.</source>
        <translation>Déconnectez-vous avant de choisir un autre serveur.</translation>
    </message>
</context>
<context>
    <name>sp::SettingsPage</name>
    <message>
        <source>Reset the cache and download again...</source>
        <translation>Réinitialiser le cache et tout retélécharger…</translation>
    </message>
    <message>
        <source>Account and security</source>
        <translation>Compte et sécurité</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask (Sync now)</source>
        <translation>Seulement à ma demande (Synchroniser maintenant)</translation>
    </message>
    <message>
        <source>How often SellerPulse downloads what changed; 0 for only on demand.</source>
        <translation>À quelle fréquence SellerPulse télécharge ce qui a changé&#xa0;; 0 pour uniquement à la demande.</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Réinitialiser le cache et tout retélécharger</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Données hors ligne</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Synchroniser toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Connexion Amazon</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Reset the cache</source>
        <translation>Réinitialiser le cache</translation>
    </message>
    <message>
        <source>Delete the downloaded data of this account from this computer and download everything again? Until the download is complete, less is readable offline.</source>
        <translation>Supprimer de cet ordinateur les données téléchargées de ce compte et tout retélécharger&#xa0;? Tant que le téléchargement n&apos;est pas terminé, moins de données sont lisibles hors ligne.</translation>
    </message>
    <message>
        <source>Reset and download again</source>
        <translation>Réinitialiser et retélécharger</translation>
    </message>
</context>
<context>
    <name>sp::SettingsSecuritySection</name>
    <message>
        <source>Change password...</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Sign out...</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Sign out everywhere...</source>
        <translation>Se déconnecter partout…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Se déconnecter partout</translation>
    </message>
    <message>
        <source>Security contact</source>
        <translation>Contact sécurité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Changing your password signs out all your other devices at once.</source>
        <translation>Changer votre mot de passe déconnecte immédiatement tous vos autres appareils.</translation>
    </message>
    <message>
        <source>Every device, this one included, was signed out.</source>
        <translation>Tous les appareils, y compris celui-ci, ont été déconnectés.</translation>
    </message>
    <message>
        <source>Found a security problem? Write to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we answer within %2 hours. How SellerPulse protects your data: &lt;a href=&quot;%3&quot;&gt;security and data protection&lt;/a&gt;.</source>
        <translation>Vous avez trouvé un problème de sécurité&#xa0;? Écrivez à &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;&#xa0;; nous répondons sous %2 heures. Comment SellerPulse protège vos données&#xa0;: &lt;a href=&quot;%3&quot;&gt;sécurité et protection des données&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Sign out on every device where your account is signed in, this computer included? Each device asks for the password again.</source>
        <translation>Se déconnecter sur tous les appareils où votre compte est connecté, y compris cet ordinateur&#xa0;? Chaque appareil redemandera le mot de passe.</translation>
    </message>
</context>
<context>
    <name>sp::SettledShareLabel</name>
    <message>
        <source>Settled: the money of this period&apos;s Amazon events (sales, fees, refunds, advertising) that is in a closed payout, paid out or on its way to your bank. Amazon no longer changes it.
Still estimated: events in the payout period still open, or not yet in any payout; their amounts can still change until Amazon closes the period.</source>
        <translation>Réglé : l&apos;argent des opérations Amazon de cette période (ventes, frais, remboursements, publicité) qui se trouve dans un versement clôturé, versé ou en route vers votre banque. Amazon ne le modifie plus.
Encore estimé : les opérations de la période de versement encore ouverte, ou pas encore dans un versement ; leurs montants peuvent encore changer jusqu&apos;à ce qu&apos;Amazon clôture la période.</translation>
    </message>
    <message>
        <source>%1: %2 settled (paid out or on its way); %3 still estimated (open payout period)</source>
        <translation>%1 : %2 réglés (versés ou en route) ; %3 encore estimés (période de versement ouverte)</translation>
    </message>
    <message>
        <source>%1: %2 % settled (%3, paid out or on its way); %4 % still estimated (%5, open payout period)</source>
        <translation>%1 : %2 % réglés (%3, versés ou en route) ; %4 % encore estimés (%5, période de versement ouverte)</translation>
    </message>
</context>
<context>
    <name>sp::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>SellerPulse cloud (%1)</source>
        <translation>Cloud SellerPulse (%1)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Sign in to SellerPulse</source>
        <translation>Se connecter à SellerPulse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Advanced server settings</source>
        <translation>Paramètres avancés du serveur</translation>
    </message>
    <message>
        <source>SellerPulse cloud</source>
        <translation>Cloud SellerPulse</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificat CA</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Uniquement pour un serveur avec son propre certificat</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat CA</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Fichier CA&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Enter the email address of your SellerPulse account.</source>
        <translation>Saisissez l&apos;adresse e-mail de votre compte SellerPulse.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>This server cannot be used: %1</source>
        <translation>Ce serveur ne peut pas être utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>Choisir le certificat CA du serveur</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>sp::SignOutDialog</name>
    <message>
        <source>Also remove this computer&apos;s SellerPulse data for this account</source>
        <translation>Supprimer aussi les données SellerPulse de ce compte sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse?</source>
        <translation>Se déconnecter de SellerPulse&#xa0;?</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse as %1?</source>
        <translation>Se déconnecter de SellerPulse en tant que %1&#xa0;?</translation>
    </message>
    <message>
        <source>The downloaded orders, products and finances of this account are deleted from this computer, and their key is removed from the system keychain. Your data on the server stays. Without this, the encrypted copy stays for your next sign-in.</source>
        <translation>Les commandes, produits et finances téléchargés de ce compte sont supprimés de cet ordinateur, et leur clé est retirée du trousseau du système. Vos données sur le serveur sont conservées. Sans cette option, la copie chiffrée reste disponible pour votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sp::SingleInstance</name>
    <message>
        <source>SellerPulse is already running with this profile; its window was brought to the front.</source>
        <translation>SellerPulse est déjà ouvert avec ce profil&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile, but it did not answer.</source>
        <translation>SellerPulse est déjà ouvert avec ce profil, mais n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: %1</source>
        <translation>Impossible de garantir que SellerPulse ne s&apos;exécute qu&apos;une fois pour ce profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: there is no private folder for its socket.</source>
        <translation>Impossible de garantir que SellerPulse ne s&apos;exécute qu&apos;une fois pour ce profil&#xa0;: il n&apos;existe pas de dossier privé pour son socket.</translation>
    </message>
</context>
<context>
    <name>sp::SmokeTest</name>
    <message>
        <source>signing in needs the user: %1</source>
        <translation>la connexion nécessite l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the main window was not shown and signed in within %1 s</source>
        <translation>la fenêtre principale n&apos;a pas été affichée et connectée en %1 s</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>la capture d&apos;écran n&apos;a pas pu être écrite dans %1</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; no screenshot was taken, so that its session is left alone.</source>
        <translation>SellerPulse est déjà en cours d&apos;exécution avec ce profil&#xa0;; aucune capture d&apos;écran n&apos;a été prise, afin de ne pas perturber sa session.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; the smoke test leaves its session alone.</source>
        <translation>SellerPulse est déjà en cours d&apos;exécution avec ce profil&#xa0;; le test de fumée ne touche pas à sa session.</translation>
    </message>
    <message>
        <source>the first sync did not finish within %1 s, so the dashboard has no data to show</source>
        <translation>la première synchronisation ne s&apos;est pas terminée en %1 s : le tableau de bord n&apos;a pas de données à afficher</translation>
    </message>
    <message>
        <source>the first sync failed, so the dashboard has no data to show: %1</source>
        <translation>la première synchronisation a échoué : le tableau de bord n&apos;a pas de données à afficher : %1</translation>
    </message>
</context>
<context>
    <name>sp::SummarySql</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être lues (%1).</translation>
    </message>
</context>
<context>
    <name>sp::SupportActions</name>
    <message>
        <source>Open support bundle</source>
        <translation>Ouvrir un paquet d&apos;assistance</translation>
    </message>
    <message>
        <source>Support bundles (*.zip);;All files (*)</source>
        <translation>Paquets d&apos;assistance (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly</source>
        <translation>SellerPulse s&apos;est arrêté de manière inattendue</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly the last time it ran. If it happens again, a support bundle helps us find out why: it holds versions, settings and the recent log, and you see everything in it before you save it.</source>
        <translation>SellerPulse s&apos;est arrêté de manière inattendue lors de sa dernière exécution. Si cela se reproduit, un paquet d&apos;assistance nous aide à en trouver la cause&#xa0;: il contient les versions, les paramètres et le journal récent, et vous voyez tout son contenu avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Create support bundle...</source>
        <translation>Créer un paquet d&apos;assistance…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Support bundle saved</source>
        <translation>Dossier d&apos;assistance enregistré</translation>
    </message>
    <message>
        <source>The support bundle was saved to %1.</source>
        <translation>Le dossier d&apos;assistance a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleDialog</name>
    <message>
        <source>Create support bundle</source>
        <translation>Créer un paquet d&apos;assistance</translation>
    </message>
    <message>
        <source>This bundle helps support find out what went wrong. It holds versions, settings, the recent log and the shape of your offline data. It holds no password, token, key, order, product or buyer data. Check every file below, then save it and send it to support.</source>
        <translation>Ce paquet aide l&apos;assistance à comprendre ce qui s&apos;est mal passé. Il contient les versions, les paramètres, le journal récent et la structure de vos données hors ligne. Il ne contient aucun mot de passe, jeton, clé, ni aucune donnée de commande, de produit ou d&apos;acheteur. Vérifiez chaque fichier ci-dessous, puis enregistrez-le et envoyez-le à l&apos;assistance.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Enregistrer le paquet d&apos;assistance</translation>
    </message>
    <message>
        <source>Support bundles (*.zip)</source>
        <translation>Paquets d&apos;assistance (*.zip)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Fichiers du paquet</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenu du fichier sélectionné</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle (%1 MB, at most %2 MB).</source>
        <translation>Ce fichier est trop volumineux pour être un paquet d&apos;assistance (%1 Mo, au plus %2 Mo).</translation>
    </message>
    <message>
        <source>This is not a support bundle, or it is damaged or incomplete: %1</source>
        <translation>Ce n&apos;est pas un paquet d&apos;assistance, ou il est endommagé ou incomplet&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle.</source>
        <translation>Ce fichier est trop volumineux pour être un paquet d&apos;assistance.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive.</source>
        <translation>ce n&apos;est pas une archive ZIP.</translation>
    </message>
    <message>
        <source>its table of contents cannot be read (truncated?).</source>
        <translation>sa table des matières est illisible (tronquée&#xa0;?).</translation>
    </message>
    <message>
        <source>This support bundle has too many files (%1, at most %2).</source>
        <translation>Ce paquet d&apos;assistance contient trop de fichiers (%1, au plus %2).</translation>
    </message>
    <message>
        <source>This support bundle has too many files.</source>
        <translation>Ce paquet d&apos;assistance contient trop de fichiers.</translation>
    </message>
    <message>
        <source>an entry cannot be read.</source>
        <translation>une entrée est illisible.</translation>
    </message>
    <message>
        <source>This support bundle contains an unsafe file name (%1): it was refused.</source>
        <translation>Ce paquet d&apos;assistance contient un nom de fichier dangereux (%1)&#xa0;: il a été refusé.</translation>
    </message>
    <message>
        <source>This support bundle contains the file %1 twice.</source>
        <translation>Ce paquet d&apos;assistance contient deux fois le fichier %1.</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is too large (%2 bytes, at most %3).</source>
        <translation>Le fichier %1 de ce paquet d&apos;assistance est trop volumineux (%2 octets, au plus %3).</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is compressed suspiciously well (a possible zip bomb): it was refused.</source>
        <translation>Le fichier %1 de ce paquet d&apos;assistance est compressé de façon suspecte (une possible bombe ZIP)&#xa0;: il a été refusé.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened.</source>
        <translation>le fichier %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>the file %1 is damaged.</source>
        <translation>le fichier %1 est endommagé.</translation>
    </message>
    <message>
        <source>The files in this support bundle are larger than they claim or too large in total: it was refused.</source>
        <translation>Les fichiers de ce paquet d&apos;assistance sont plus volumineux qu&apos;annoncé ou trop volumineux au total&#xa0;: il a été refusé.</translation>
    </message>
    <message>
        <source>the file %1 is damaged (checksum or size).</source>
        <translation>le fichier %1 est endommagé (somme de contrôle ou taille).</translation>
    </message>
    <message>
        <source>the archive is damaged.</source>
        <translation>l&apos;archive est endommagée.</translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation>il n&apos;a pas de manifeste.</translation>
    </message>
    <message>
        <source>Its manifest is missing or not a SellerPulse support bundle manifest.</source>
        <translation>Son manifeste est absent ou n&apos;est pas celui d&apos;un paquet d&apos;assistance SellerPulse.</translation>
    </message>
    <message>
        <source>It was made by a newer version of SellerPulse.</source>
        <translation>Il a été créé par une version plus récente de SellerPulse.</translation>
    </message>
    <message>
        <source>Its files do not match its manifest.</source>
        <translation>Ses fichiers ne correspondent pas à son manifeste.</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleWriter</name>
    <message>
        <source>Could not prepare the support bundle in memory.</source>
        <translation>Le paquet d&apos;assistance n&apos;a pas pu être préparé en mémoire.</translation>
    </message>
    <message>
        <source>Could not create the support bundle archive.</source>
        <translation>L&apos;archive du paquet d&apos;assistance n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>Could not write the support bundle archive.</source>
        <translation>L&apos;archive du paquet d&apos;assistance n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sp::SyncController</name>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour synchroniser.</translation>
    </message>
</context>
<context>
    <name>sp::SyncErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>sp::SyncRun</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The sync stopped because the server&apos;s answer repeats itself (it keeps sending pages it already sent). Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>La synchronisation s&apos;est arrêtée, car la réponse du serveur se répète (il renvoie sans cesse des pages déjà envoyées). Tout ce qui a été téléchargé auparavant est conservé. Réessayez plus tard ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <source>The sync stopped because the server sent far more pages (%1) than this account can have. Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>La synchronisation s&apos;est arrêtée, car le serveur a envoyé bien plus de pages (%1) que ce compte ne peut en avoir. Tout ce qui a été téléchargé auparavant est conservé. Réessayez plus tard ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour synchroniser.</translation>
    </message>
    <message>
        <source>The sync stopped after retrying for %1 s: %2</source>
        <translation>La synchronisation s&apos;est arrêtée après %1 s de nouvelles tentatives&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything downloaded so far is kept.</source>
        <translation>La synchronisation a été annulée. Tout ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
        <source>Your data is up to date.</source>
        <translation>Vos données sont à jour.</translation>
    </message>
</context>
<context>
    <name>sp::SyncScheduler</name>
    <message>
        <source>The disk is full: free at least %1 MB on the disk that holds %2. The sync continues by itself once there is room (or click Retry); everything downloaded so far is kept.</source>
        <translation>Le disque est plein&#xa0;: libérez au moins %1 Mo sur le disque qui contient %2. La synchronisation reprend d&apos;elle-même dès qu&apos;il y a de la place (ou cliquez sur Réessayer)&#xa0;; tout ce qui a été téléchargé jusqu&apos;ici est conservé.</translation>
    </message>
</context>
<context>
    <name>sp::SyncStatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop downloading; what was downloaded so far is kept.</source>
        <translation>Arrêter le téléchargement&#xa0;; ce qui a déjà été téléchargé est conservé.</translation>
    </message>
    <message>
        <source>Trying to reach the server...</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>marketplaces</source>
        <translation>marketplaces</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>stocks</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>financial events</source>
        <translation>événements financiers</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Téléchargement des %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Aucune donnée téléchargée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>unit costs</source>
        <translation>coûts unitaires</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>taux de change</translation>
    </message>
    <message>
        <source>Downloading %1: %2% (%3 of about %4)</source>
        <extracomment>%1 what, %2 percent done, %3 rows done, %4 rows in all; e.g. &quot;Downloading orders: 40% (1,200 of about 3,000)&quot;</extracomment>
        <translation>Téléchargement des %1 : %2 % (%3 sur environ %4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>moins d&apos;une minute restante</translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation>environ 1 minute restante</translation>
    </message>
    <message>
        <source>about %1 minutes left</source>
        <translation>environ %1 minutes restantes</translation>
    </message>
    <message>
        <source>about 1 hour left</source>
        <translation>environ 1 heure restante</translation>
    </message>
    <message>
        <source>about %1 hours left</source>
        <translation>environ %1 heures restantes</translation>
    </message>
    <message>
        <source>Offline: data as of %1. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Hors ligne : données du %1. SellerPulse se reconnecte tout seul dès que le serveur est de nouveau joignable.</translation>
    </message>
    <message>
        <source>Offline: no data has been downloaded yet. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Hors ligne : aucune donnée n&apos;a encore été téléchargée. SellerPulse se reconnecte tout seul dès que le serveur est de nouveau joignable.</translation>
    </message>
    <message>
        <source>payouts</source>
        <translation>versements</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <source>restock settings</source>
        <translation>réglages de réapprovisionnement</translation>
    </message>
</context>
<context>
    <name>sp::TableColumnState</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>sp::TableNames</name>
    <message>
        <source>Columns of %1</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Lignes de %1</translation>
    </message>
    <message>
        <source>Select all rows of %1</source>
        <translation>Sélectionner toutes les lignes de %1</translation>
    </message>
</context>
<context>
    <name>sp::UnitCostClient</name>
    <message>
        <source>Enter a SKU, a currency, a cost of zero or more and the day it applies from.</source>
        <translation>Saisissez un SKU, une devise, un coût nul ou positif et le jour à partir duquel il s&apos;applique.</translation>
    </message>
</context>
<context>
    <name>sp::UrlPolicy</name>
    <message>
        <source>it is not a complete address such as https://api.example.com</source>
        <translation>ce n&apos;est pas une adresse complète comme https://api.example.com</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>elle ne doit pas contenir de nom d&apos;utilisateur ni de mot de passe</translation>
    </message>
    <message>
        <source>it must not contain a query (?...)</source>
        <translation>elle ne doit pas contenir de requête (?...)</translation>
    </message>
    <message>
        <source>it must not contain a fragment (#...)</source>
        <translation>elle ne doit pas contenir de fragment (#...)</translation>
    </message>
    <message>
        <source>only https addresses are supported</source>
        <translation>seules les adresses https sont prises en charge</translation>
    </message>
    <message>
        <source>plain http is allowed only for this computer&apos;s loopback addresses (127.0.0.1, ::1); use https</source>
        <translation>le http simple n&apos;est autorisé que pour les adresses de bouclage de cet ordinateur (127.0.0.1, ::1)&#xa0;; utilisez https</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfChanges</name>
    <message>
        <source>No change</source>
        <translation>Aucune variation</translation>
    </message>
    <message>
        <source>By percent</source>
        <translation>En pourcentage</translation>
    </message>
    <message>
        <source>By amount per unit</source>
        <translation>D&apos;un montant par unité</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Variation de prix</translation>
    </message>
    <message>
        <source>e.g. 10 or -1.50</source>
        <translation>p. ex. 10 ou -1.50</translation>
    </message>
    <message>
        <source>Price change value</source>
        <translation>Valeur de la variation de prix</translation>
    </message>
    <message>
        <source>Currency of the amounts</source>
        <translation>Devise des montants</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>New unit cost</source>
        <translation>Nouveau coût unitaire</translation>
    </message>
    <message>
        <source>e.g. 200.00 or -50.00</source>
        <translation>p. ex. 200.00 ou -50.00</translation>
    </message>
    <message>
        <source>Advertising change over 30 days</source>
        <translation>Variation de la publicité sur 30 jours</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>p. ex. 0.25</translation>
    </message>
    <message>
        <source>FBA fee change per unit</source>
        <translation>Variation des frais FBA par unité</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>Élasticité-prix</translation>
    </message>
    <message>
        <source>How strongly units answer the price: units change by minus the elasticity times the price change in percent. 0: units stay as they are.</source>
        <translation>Dans quelle mesure les unités réagissent au prix : les unités varient de moins l&apos;élasticité fois la variation de prix en pourcentage. 0 : les unités restent inchangées.</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Price elasticity:</source>
        <translation>Élasticité-prix :</translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation>Montants en :</translation>
    </message>
    <message>
        <source>New unit cost:</source>
        <translation>Nouveau coût unitaire :</translation>
    </message>
    <message>
        <source>Advertising over 30 days, change:</source>
        <translation>Publicité sur 30 jours, variation :</translation>
    </message>
    <message>
        <source>FBA fee per unit, change:</source>
        <translation>Frais FBA par unité, variation :</translation>
    </message>
    <message>
        <source>Enter the price change in percent, e.g. 10 or -5.5 (not below -100).</source>
        <translation>Saisissez la variation de prix en pourcentage, p. ex. 10 ou -5.5 (pas en dessous de -100).</translation>
    </message>
    <message>
        <source>Enter the price change per unit as an amount, e.g. 1.50 or -0.99.</source>
        <translation>Saisissez la variation de prix par unité sous forme de montant, p. ex. 1.50 ou -0.99.</translation>
    </message>
    <message>
        <source>Enter the new unit cost as an amount, e.g. 4.20, or leave it empty.</source>
        <translation>Saisissez le nouveau coût unitaire sous forme de montant, p. ex. 4.20, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Enter the advertising change as an amount, e.g. 200.00 or -50.00.</source>
        <translation>Saisissez la variation de la publicité sous forme de montant, p. ex. 200.00 ou -50.00.</translation>
    </message>
    <message>
        <source>Enter the FBA fee change per unit as an amount, e.g. 0.25 or -0.10.</source>
        <translation>Saisissez la variation des frais FBA par unité sous forme de montant, p. ex. 0.25 ou -0.10.</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfPage</name>
    <message>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Your scenarios are saved only on this computer, in your encrypted offline copy. They are never sent to the SellerPulse server or anywhere else.</source>
        <translation>Vos scénarios sont enregistrés uniquement sur cet ordinateur, dans votre copie hors ligne chiffrée. Ils ne sont jamais envoyés au serveur SellerPulse ni ailleurs.</translation>
    </message>
    <message>
        <source>The next 30 days from the last 90 days&apos; sales of the chosen SKUs. Units change by minus the elasticity times the price change in percent (elasticity 1.5 and a price 10 % higher: 15 % fewer units). Fees follow the units, refunds the revenue; advertising is the SKUs&apos; share of each marketplace&apos;s advertising by revenue. Amounts apply to the sales in their currency.</source>
        <translation>Les 30 prochains jours d&apos;après les ventes des SKU choisis sur les 90 derniers jours. Les unités varient de moins l&apos;élasticité fois la variation de prix en pourcentage (élasticité 1,5 et un prix 10 % plus élevé : 15 % d&apos;unités en moins). Les frais suivent les unités, les remboursements le chiffre d&apos;affaires ; la publicité est la part des SKU dans la publicité de chaque marketplace, selon le chiffre d&apos;affaires. Les montants s&apos;appliquent aux ventes dans leur devise.</translation>
    </message>
    <message>
        <source>Find a SKU or title</source>
        <translation>Rechercher un SKU ou un titre</translation>
    </message>
    <message>
        <source>SKUs of the scenario</source>
        <translation>SKU du scénario</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nom du scénario</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Scénarios enregistrés</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer.</source>
        <translation>« %1 » enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose one or more SKUs.</source>
        <translation>Choisissez un ou plusieurs SKU.</translation>
    </message>
    <message>
        <source>From the sales of %1 – %2.</source>
        <translation>D&apos;après les ventes du %1 au %2.</translation>
    </message>
    <message>
        <source>The chosen SKUs sold nothing in these days.</source>
        <translation>Les SKU choisis n&apos;ont rien vendu pendant ces jours.</translation>
    </message>
    <message>
        <source>Units sold without a unit cost: %1. Their cost of goods is missing.</source>
        <translation>Unités vendues sans coût unitaire : %1. Leur coût des marchandises manque.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>« %1 » chargé.</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” from this computer?</source>
        <translation>Supprimer le scénario « %1 » de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfQuery</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>Les données hors ligne n&apos;ont pas pu être lues (%1).</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfResults</name>
    <message>
        <source>Baseline and scenario</source>
        <translation>Référence et scénario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>30 prochains jours</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
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
        <translation>Saisissez un nom pour le scénario.</translation>
    </message>
    <message>
        <source>Use a name of at most %1 characters.</source>
        <translation>Utilisez un nom de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose at least one SKU.</source>
        <translation>Choisissez au moins un SKU.</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Le cache hors ligne n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>sp::WindowCoordinator</name>
    <message>
        <source>Signing in needs your password.</source>
        <translation>La connexion nécessite votre mot de passe.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible.</translation>
    </message>
</context>
<context>
    <name>sp::WriteFeature</name>
    <message>
        <source>Inventory updates</source>
        <translation>Mises à jour du stock</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Modifications de prix</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Demandes d&apos;avis</translation>
    </message>
    <message>
        <source>SellerPulse may change the stock quantities of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse peut modifier les quantités en stock de vos offres sur Amazon quand vous le lui demandez.</translation>
    </message>
    <message>
        <source>SellerPulse may change the prices of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse peut modifier les prix de vos offres sur Amazon quand vous le lui demandez.</translation>
    </message>
    <message>
        <source>SellerPulse may ask Amazon to send your buyers a request for a review of their order.</source>
        <translation>SellerPulse peut demander à Amazon d&apos;envoyer à vos acheteurs une demande d&apos;avis sur leur commande.</translation>
    </message>
    <message>
        <source>SellerPulse may make changes on your Amazon account.</source>
        <translation>SellerPulse peut apporter des modifications à votre compte Amazon.</translation>
    </message>
</context>
<context>
    <name>sp::XlsxReportWriter</name>
    <message>
        <source>The report has %1 rows, more than a spreadsheet can hold (%2). Choose a shorter period or export it as CSV.</source>
        <translation>Le rapport comporte %1 lignes, plus qu&apos;une feuille de calcul ne peut en contenir (%2). Choisissez une période plus courte ou exportez-le en CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created (not enough memory).</source>
        <translation>La feuille de calcul n&apos;a pas pu être créée (mémoire insuffisante).</translation>
    </message>
    <message>
        <source>Excel export is not available on this computer (the libxlsxwriter library could not be loaded). Export as CSV instead.</source>
        <translation>L&apos;export Excel n&apos;est pas disponible sur cet ordinateur (la bibliothèque libxlsxwriter n&apos;a pas pu être chargée). Exportez plutôt en CSV.</translation>
    </message>
</context>
<context>
    <name>sp::YourDataSection</name>
    <message>
        <source>Prepare a full export</source>
        <translation>Préparer un export complet</translation>
    </message>
    <message>
        <source>Save the export...</source>
        <translation>Enregistrer l&apos;export…</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data...</source>
        <translation>Exporter les données de cet ordinateur…</translation>
    </message>
    <message>
        <source>Delete account...</source>
        <translation>Supprimer le compte…</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data</source>
        <translation>Exporter les données de cet ordinateur</translation>
    </message>
    <message>
        <source>Offline archive status</source>
        <translation>État de l&apos;archive hors ligne</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Everything SellerPulse stores about you</source>
        <translation>Tout ce que SellerPulse conserve sur vous</translation>
    </message>
    <message>
        <source>This computer&apos;s offline data</source>
        <translation>Les données hors ligne de cet ordinateur</translation>
    </message>
    <message>
        <source>An archive for your records: a ZIP of CSV files any spreadsheet opens. It is not encrypted; keep it somewhere safe.</source>
        <translation>Une archive pour vos dossiers&#xa0;: un ZIP de fichiers CSV que tout tableur ouvre. Elle n&apos;est pas chiffrée&#xa0;; conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Closes your account; its data is deleted within 30 days, except what the law requires us to keep.</source>
        <translation>Ferme votre compte&#xa0;; ses données sont supprimées sous 30 jours, sauf ce que la loi nous oblige à conserver.</translation>
    </message>
    <message>
        <source>Saved and verified: %1 (SHA-256 %2)</source>
        <translation>Enregistré et vérifié&#xa0;: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>The server is preparing your export...</source>
        <translation>Le serveur prépare votre export…</translation>
    </message>
    <message>
        <source>Your export is ready (%1). Choose where to save it.</source>
        <translation>Votre export est prêt (%1). Choisissez où l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Downloading and verifying...</source>
        <translation>Téléchargement et vérification…</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2. This file is not encrypted.</source>
        <translation>%1 lignes enregistrées dans %2. Ce fichier n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s data…</source>
        <translation>Enregistrement des données de cet ordinateur…</translation>
    </message>
    <message>
        <source>Archive progress</source>
        <translation>Progression de l&apos;archive</translation>
    </message>
    <message>
        <source>Cancel the archive</source>
        <translation>Annuler l&apos;archive</translation>
    </message>
    <message>
        <source>Archive cancelled.</source>
        <translation>Archive annulée.</translation>
    </message>
    <message>
        <source>A ZIP of your account, orders, products, stock, fees, Amazon connection (never its token), permissions, unit costs, expenses and restock settings. SellerPulse checks it against the server&apos;s SHA-256 checksum before saving it.</source>
        <translation>Un ZIP de votre compte, de vos commandes, produits, stock, frais, de la connexion Amazon (jamais son jeton), des autorisations, des coûts unitaires, des dépenses et des réglages de réapprovisionnement. SellerPulse le vérifie avec la somme de contrôle SHA-256 du serveur avant de l&apos;enregistrer.</translation>
    </message>
</context>
</TS>

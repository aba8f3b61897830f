<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>SellerPulse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AboutDialog</name>
    <message>
        <source>About SellerPulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Profit and sales analytics for Amazon sellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a security issue to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we acknowledge reports within two business days. Please do not disclose an issue publicly before we have had time to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AccountCache</name>
    <message>
        <source>Sign in to open this computer&apos;s copy of your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available; the offline cache cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the offline cache is missing from the keychain, which is unlocked. You can reset the cache and download your data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the key of the offline cache (%1). Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy is not open, so it cannot be checked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy was checked: no damage was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy was not reset, and nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local data was found for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key was deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key could not be deleted from the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cache files were on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be deleted from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AccountDeletion</name>
    <message>
        <source>Your SellerPulse account will be closed now: every device is signed out at once, and SellerPulse stops using your Amazon connection. Your data on SellerPulse&apos;s servers is deleted within 30 days, except what the law requires us to keep (for example tax records). On this computer, the downloaded data of the account and its encryption key are removed right away. This cannot be undone; download your data first if you want a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downloaded data was open on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended before this computer&apos;s copy of the data could be removed; it stays encrypted on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AccountExportClient</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not prepare the export. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say the export&apos;s checksum; it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was interrupted. No file was saved; please download it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AccountMapping</name>
    <message>
        <source>The account for %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; for %2 is not an account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payout (bank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon (clearing account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown chart of accounts &quot;%1&quot; (SKR03 or SKR04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account for %1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of payout line &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AccountantFilesBar</name>
    <message>
        <source>&amp;DATEV file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accou&amp;nts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the payout as a DATEV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the payout as a journal CSV for Xero or QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the accounts of the accountant&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your accountant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payout first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is still open: book it once it has closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its events do not add up to the payout yet: sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATEV books in %1: save the journal CSV for a payout in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file for your accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AccountantSetupDialog</name>
    <message>
        <source>Files for your accountant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKR03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKR04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the payouts are booked to on their way to the bank (Geldtransit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon charges VAT on its fees in the EU and the UK (19 % from Amazon EU for a German seller). With a rate, fees are shown net and gross and booked with their input VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart of accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank side of payouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax adviser number (DATEV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient number (DATEV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT on Amazon fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other account follows the chart&apos;s standard accounts. Ask your tax adviser before the first import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AlertNotifier</name>
    <message>
        <source>and %1 more: see Alerts in SellerPulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse: %1 new alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AlertText</name>
    <message>
        <source>Stock runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse: stock runs out soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse: a margin dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse: many refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse: the sync keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse: check your Amazon connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of stock in %2 (about %3 sold a day over the last 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 runs out within about a day: %3 in stock, about %4 sold a day over the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 runs out in about %3 days: %4 in stock, about %5 sold a day over the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margin of %1 fell from %2 % to %3 % (%4 points) in the last 30 days against the 30 days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync has been failing for about %1 hours; the last complete sync was on %2. Your figures may be out of date: check the connection, or see the sync&apos;s error beside &quot;Data as of&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Amazon connection was revoked: no new data arrives until you connect again in Settings &gt; Amazon connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Amazon connection expires within a day, on %1: renew it in Settings &gt; Amazon connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Amazon connection expires in about %1 days, on %2: renew it in Settings &gt; Amazon connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %4 % of the units sold in the last 30 days were refunded (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert me when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock runs out in about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of stock left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The margin of a SKU or a marketplace drops by more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin drop in percentage points, last 30 days against the 30 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds of a SKU exceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate in percent, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync has been failing for more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of failing sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon connection is revoked or expires within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show SellerPulse in the notification area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse checks these after each sync, on this computer. Each cause alerts you once; if it goes away and comes back, you are alerted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts. SellerPulse checks your data after each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 alert, %1 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alerts, %2 new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnection</name>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected (access revoked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionClient</name>
    <message>
        <source>Your Amazon account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer about the Amazon connection was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 15 minutes to give consent on Amazon have passed. Please connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Amazon account is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied on Amazon. Your Amazon account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon&apos;s approval could not be confirmed, so nothing was connected. Please connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse could not open a local port to receive Amazon&apos;s answer. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse could not create the security code for connecting Amazon. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon&apos;s approval was given in a browser that is not on this computer, so SellerPulse connected nothing. Please start again and approve in a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionSection</name>
    <message>
        <source>Connect Amazon account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling partner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to give consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Amazon account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect Amazon account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region to connect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Seller Central is open in your browser. Sign in there and approve SellerPulse; this page updates by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon: %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect your Amazon account from SellerPulse? SellerPulse deletes its Amazon access token at once and can no longer read new orders, stock or fees. You can connect again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Amazon account is disconnected; SellerPulse deleted its Amazon access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete downloaded Amazon data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the Amazon data SellerPulse downloaded to this computer (orders, products, stock, fees)? It cannot be read any more afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon account that approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel connecting Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Amazon consent link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this Amazon account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start connecting Amazon again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened: paste this link into a browser on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse opens Amazon Seller Central in your browser, where you sign in and approve; then SellerPulse shows which Amazon account approved and connects it when you confirm. Approve in a browser on this computer. SellerPulse never sees your Amazon password, and reads only unless you turn on a write feature under Permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened. Click Copy link and paste the link into a browser on this computer; this page updates by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is copied. Paste it into a browser on this computer: an approval in a browser on another computer cannot connect your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon approved seller account %1 for %2. Connect this account to SellerPulse? If this is not your Amazon account, click Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AmazonMarketplaces</name>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A marketplace: the store&apos;s name, then its country, e.g. &quot;Amazon.de (Germany)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AmazonRegions</name>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far East (Japan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AmazonTerms</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unshipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral fee (commission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FBA fulfilment fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund administration fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FBA storage fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled by Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ApiError</name>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Check the server address, or the CA file when you use your own server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address is not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent an answer SellerPulse does not understand. Try again later or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it and retry, or continue for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address or password is not correct. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is not accepted: use 10 to 128 characters, different from the current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request. Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out elsewhere (the password was changed or the session was ended). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item does not exist or belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email address already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request as malformed. Please update SellerPulse or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again later or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up: %1. The server may only offer an outdated TLS version (SellerPulse requires TLS 1.2 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid at this computer&apos;s date and time (%1): %2. Check your computer&apos;s clock: if the date or time is wrong, correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>At its last answer the server&apos;s clock was %n minute ahead of this computer&apos;s.</numerusform>
            <numerusform>At its last answer the server&apos;s clock was %n minutes ahead of this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) behind this computer&apos;s.</source>
        <translation>
            <numerusform>At its last answer the server&apos;s clock was %n minute behind this computer&apos;s.</numerusform>
            <numerusform>At its last answer the server&apos;s clock was %n minutes behind this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is too slow: its answer did not arrive completely within %n second(s). Try again later.</source>
        <translation>
            <numerusform>The server is too slow: its answer did not arrive completely within %n second. Try again later.</numerusform>
            <numerusform>The server is too slow: its answer did not arrive completely within %n seconds. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: free some space on the disk that holds %1 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AppController</name>
    <message>
        <source>The demo account&apos;s password was changed. Sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::AtomicFileReplacer</name>
    <message>
        <source>%1 is a symbolic link. For safety SellerPulse does not write through links: choose the file itself or another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be created in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed the unfinished file while %1 was being written, so it was not saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::BundleViewerDialog</name>
    <message>
        <source>Support bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the bundle was checked against its manifest and is shown as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CacheArchiveWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be written.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CacheFiles</name>
    <message>
        <source>The cache folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged cache file %1 could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CacheFormatMigration</name>
    <message>
        <source>The offline copy on this computer could not be converted to the new format: the disk is full. Free some space and start the app again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy on this computer could not be converted to the new format. You can reset it and download your data again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CacheIntegrityCheck</name>
    <message>
        <source>The offline copy could not be checked (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CacheKey</name>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random key could be generated for the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable, so the key of your offline copy cannot be read. Unlock the keychain (for example by signing in to your desktop again or opening your password manager) and choose Retry. Your offline copy is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain still holds the cache key after deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CacheSchema</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of SellerPulse. Update SellerPulse, or reset the cache and download your data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be updated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CacheWriter</name>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unreadable page (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters. Changing it signs out all your other devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeated password does not match the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again, then change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. All your other devices were signed out; this computer stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ChartPainter</name>
    <message>
        <source>No data for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ChecksummedFileWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was already discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download is incomplete (%1 of %2 bytes). No file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded file does not match the server&apos;s checksum (SHA-256): it was damaged on the way. No file was saved; please download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was larger than announced (more than %1). It was stopped and no file was saved; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CipherDatabase</name>
    <message>
        <source>The offline cache could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database library is not SQLCipher; the offline cache cannot be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache cannot be read: its key does not match or the file is damaged. You can reset the cache and download your data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database library is SQLCipher %1; the offline cache needs SQLCipher 4 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::CommandLineOptions</name>
    <message>
        <source>SellerPulse Desktop: profit and sales analytics for Amazon sellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SellerPulse service at URL (https; http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep settings, data and keychain entries in the profile folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local sandbox server and use it (for trying SellerPulse out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, sign in, show the main window, save it as a PNG to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, sign in, show the main window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server and --sandbox cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server %1 is not allowed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log at LEVEL: debug, info or warning (default: the setting, else info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a support bundle (versions, settings, redacted logs, the cache&apos;s shape; no secrets or seller data) to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level must be debug, info or warning, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--support-bundle needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--support-bundle cannot be combined with --sandbox, --smoke-test or --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the PEM certificates in FILE, for the --server host only (never for the SellerPulse cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file needs --server: its certificates are trusted for that server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file cannot be used for the SellerPulse cloud, whose certificate is checked against the system&apos;s certificate authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --smoke-test or --screenshot: wait for the dashboard&apos;s figures from this computer&apos;s copy of the data instead of the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smoke-dashboard needs --smoke-test or --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page and --size need --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show PAGE (%1) once its data is in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ConfirmedRows</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ConnectionStatus</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ConsentUrlPolicy</name>
    <message>
        <source>The server sent an invalid sign-in address for Amazon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address contains a user name, which Amazon&apos;s never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address has an unexpected part after &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address lacks the application or the security state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not encrypted (https); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address points to %1, not to Amazon Seller Central (%2); it was not opened. Please report this to SellerPulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address uses an unexpected port; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not Seller Central&apos;s consent page; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address names the application or the security state twice; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon sign-in address asks for another application&apos;s access, not SellerPulse&apos;s; it was not opened. Please report this to SellerPulse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::DashboardChart</name>
    <message>
        <source>Daily revenue and net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and net profit by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::DashboardPage</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods is incomplete: some products sold have no unit cost for the date. &lt;a href=&quot;products&quot;&gt;Enter unit costs on the products page&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily revenue and net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (previous: %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a range whose start is not after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 pending, estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some products sold have no unit cost for the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of: not downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending units without a price yet: %1, in %2 pending orders. Revenue is an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for the previous period of the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than the previous period of the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the previous period of the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as in the previous period of the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading your history...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading your history: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1 other expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit includes the expenses you recorded outside Amazon (the Expenses page) that occur in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comparison with last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 pts vs last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged vs last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % vs last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for the same days last year (%1): the downloaded history does not reach back to them, or there were no sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than the same days last year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than the same days last year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as on the same days last year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the same days last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a month&apos;s name and its year (&quot;December 2026&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end forecast for %1: from tomorrow, after the month&apos;s first complete day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end forecast for %1: no sales so far this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 revenue, %3 units, %4 net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end forecast for %1: %2 revenue, %3 units, %4 net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far: %1 revenue, %2 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit is after this month&apos;s other expenses of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end forecast in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month-end forecast for %1, all marketplaces in %2: %3 revenue, %4 units, %5 net profit</source>
        <extracomment>%1 a month and its year (&quot;December 2026&quot;), %2 the home currency</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each currency&apos;s forecast converted at its latest reference rate up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::DashboardProductTables</name>
    <message>
        <source>Top earners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products losing money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked within each currency: exchange rates are not downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top earners (by net profit in %1, converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing money (by net profit in %1, converted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked across marketplaces by net profit converted into %1 at the reference rates of %2 (the latest on or before the period&apos;s last day); a product&apos;s currencies are added up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::DashboardQuery</name>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::DatevExport</name>
    <message>
        <source>Choose at least one payout for the DATEV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 is in %2, the DATEV ledger in %3: DATEV files hold one currency. Export it as a journal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATEV needs accounts of %1 digits; &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 has a booking on %2, outside the file&apos;s period %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookings run from %1 to %2, into a new fiscal year; a DATEV file holds one fiscal year. Book each payout on its payout date, or export each year separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consultant number (Beraternummer, 1001 to 9999999) your tax adviser uses in DATEV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client number (Mandantennummer, 1 to 99999) your tax adviser uses in DATEV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATEV accounts have 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s period is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DATEV settings are damaged; enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::DeleteAccountDialog</name>
    <message>
        <source>Delete my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is closed and will be deleted by %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ErrorDetailsView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these lines, e.g. for a message to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ExpenseClient</name>
    <message>
        <source>Expenses can be changed when SellerPulse is online; you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have 1,000 expenses, the most an account can keep. Delete some you no longer need, then add this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept these fields: %1. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ExpenseDialog</name>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising outside Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Warehouse rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 39.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;ketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;KU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, e.g. 39.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, e.g. EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ExpensesPage</name>
    <message>
        <source>&amp;Add expense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs outside Amazon (software, packaging, a warehouse, wages). They count in net profit on the days they occur, in their own currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the server; the list and the figures follow after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the expense &quot;%1&quot;? It no longer counts in net profit, on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::FileErrorText</name>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to save the export in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: there is no room for the export in %1. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: the folder is read-only or you are not allowed to write there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be finished. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 could not be written: the folder is read-only or you are not allowed to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not replace %1: the file is read-only or in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be saved as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::FileLogging</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::FinancesPage</name>
    <message>
        <source>Posted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search financial events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by order id, SKU or event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by posting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No financial events downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::FinancialEventsModel</name>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::GuidedStartChecklist</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three steps make your profit figures complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this list for good. Settings and the products page still have everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the getting started list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Amazon seller account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;Amazon...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit costs of the products you sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter unit &amp;costs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your home currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose c&amp;urrency...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: your orders, fees and stock are downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse reads your orders, fees and stock from Amazon once you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods needs what you pay for one unit of each product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product you sold has a unit cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product sold without a unit cost: its cost of goods is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost: their cost of goods is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in one currency: pick yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencyChooser</name>
    <message>
        <source>&amp;Home currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard adds up every marketplace in this currency, at daily reference rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1 if rates cover it, otherwise EUR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencySummary</name>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All marketplaces in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all marketplaces converted into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted at daily ECB-style reference rates, each day at its own rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates of %1 to %2 (weekends and holidays: the latest earlier rate), into %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure is already in %1: nothing to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates not yet downloaded for %1: the totals in %2 are shown once the next sync has brought them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::JobProgressPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::JournalCsv</name>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input VAT %1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::KeychainUnavailableDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse keeps your sign-in in the system keychain. Unlock the keychain and choose Retry, or enter your password to continue for this session only: you will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email and password to continue without the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::LanguageChooser</name>
    <message>
        <source>The language changes the next time you start SellerPulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart SellerPulse in the chosen language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::LocalSandbox</name>
    <message>
        <source>The local sandbox program was not found at %1. Reinstall SellerPulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox reported an address SellerPulse cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::LoopbackRedirectListener</name>
    <message>
        <source>Return to SellerPulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose not to connect your Amazon account. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon has approved. Return to SellerPulse to check the Amazon account and finish connecting it. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::MainWindow</name>
    <message>
        <source>SellerPulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: %1 Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::MainWindowActions</name>
    <message>
        <source>Change &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download what changed on the server now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create support bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open support bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k the offline copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SellerPulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the offline copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::MarketplaceFilterButton</name>
    <message>
        <source>Marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::MoneyText</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::MonthForecast</name>
    <message>
        <source>No forecast on the first day of a month: it starts from the first complete day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales so far this month: nothing to forecast from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is over: these are its actual figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast from the run rate of 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast from the run rate of %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, adjusted by last year&apos;s %2</source>
        <extracomment>%1 is &quot;Forecast from the run rate of N days&quot;, %2 a month&apos;s name (&quot;December&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::NextPayoutLabel</name>
    <message>
        <source>%1 so far in the open period, expected about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on its way, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next payouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees and refunds of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees, charges and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an order to see its items, fees and refunds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1; nothing posted for this order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1; posted in total: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::OrdersModel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by order id, SKU, ASIN or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 matching order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ matching orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PayoutCheck</name>
    <message>
        <source>A payout has no settlement id; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 has no currency; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 has no valid settlement period; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 is in %2 but one of its lines is in %3; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of payout %1 has no date; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1 does not balance: its lines add up to %2 %4 but the payout is %3 %4 (difference %5 %4); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PayoutPostings</name>
    <message>
        <source>The VAT rate on fees must be from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the payout is made of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: still growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve released from the previous payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve held back by Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts downloaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts yet: Amazon pays about every 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payout to see what it is made of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (net %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout of %1 — orders settled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1 — matches the payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1 — this computer has %2 of the payout&apos;s %3 events; the next sync downloads the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference: %1 — the events do not add up to the amount Amazon reports. Sync again; if it stays, create a support bundle (Help menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is still open: the amount grows until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders the payout settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event of this order in the payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events of this order in the payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in this payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First %1 of %2 orders (by order number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this payout holds for each order: the sum of the order&apos;s events in it (the sale, Amazon&apos;s fees, refunds). The purchase day is empty when this computer does not have the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 (expected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows for this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PeriodFilterBar</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PermissionsClient</name>
    <message>
        <source>The server&apos;s answer about permissions was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PermissionsSection</name>
    <message>
        <source>SellerPulse only reads your Amazon data unless you turn on a feature below. Each one asks you to confirm what it allows; you can turn it off at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This changes data on your Amazon account. Turn it on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::PlanningWiring</name>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ProductsModel</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit cost entered: cost of goods incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <comment>a unit cost, and how many other currencies have one</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ProductsPage</name>
    <message>
        <source>&amp;Save unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by SKU, ASIN or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost of the chosen product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: unit costs are saved on the server, so entering one needs a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the cost of one unit as an amount, e.g. 4.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency of the unit cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Cost of goods follows after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit cost of %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 matching product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold wi&amp;thout a cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only products sold without a unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the products sold without a unit cost for the day of the sale, highest revenue first: their cost of goods is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product sold has a unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product sold without a unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Updating the cost of goods...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. The cost of goods includes it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::Profile</name>
    <message>
        <source>The profile folder %1 cannot be created or protected. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder for application data was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::QtKeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too large for the system keychain (%1 bytes, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ReportBuilder</name>
    <message>
        <source>Profit and loss by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds and returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending orders (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit (before advertising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded items per 100 units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ReportHeaderText</name>
    <message>
        <source>Snapshot (no period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of: not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ReportsPage</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cancelled. Choose a report or period to build it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cancelled; the table still shows the previous report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets in this language: semicolons, decimal comma (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, international: commas, decimal point (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::RestockPage</name>
    <message>
        <source>Default lead time in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default safety days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time of the chosen SKU in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety days of the chosen SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for this &amp;SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export purchase list as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export purchase list as E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to reorder each SKU and how much, from its sales of the last 30 days, last year&apos;s season, its stock and your lead time and safety days. Hover over a column title for its formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time and safety days of every SKU without its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this SKU&apos;s own setting: it follows the default again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the default…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase list saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on the server; the plan follows after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default lead time (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) to reorder</source>
        <translation>
            <numerusform>%n SKU to reorder</numerusform>
            <numerusform>%n SKUs to reorder</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set yet: 30 lead days and 14 safety days apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time and safety days of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a SKU to set its own lead time and safety days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SKU needs an order: the purchase list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export purchase list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::RestockPlanModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per day last year in the same weeks (52 weeks ago), over the coming lead time + safety days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from ordering until the stock can be sold (yours for this SKU, or the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of stock kept in reserve on top of the lead time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SKU&apos;s own setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per day: %1 over 7 days, %2 over 30 days, %3 over 90 days; last year in the coming weeks: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept within 0.5 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 lead days and %2 safety days (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::RestockPurchaseList</name>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold per day over the whole days before today (7, 30 or 90 days), every marketplace of the region together. The plan uses the 30-day figure times the season factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season factor: last year&apos;s units per day in the coming lead time + safety days (52 weeks ago), divided by last year&apos;s units per day in the 30 days before that, kept between 0.5 and 3. It is 1 without a year of history (no sale in a month before last year&apos;s 30 days) or without sales in those 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of cover = (fulfillable + inbound) / planned units per day, where planned units per day = 30-day units per day x season factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity = planned units per day x (lead time + safety days + 30), rounded up, minus fulfillable and inbound stock; never below zero. A SKU that sells nothing needs no order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost in force today x quantity, in the currency the SKU sold most in over 90 days in that region. Empty without a unit cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder date = today + the whole days of cover left after lead time and safety days (never before today). Out of stock and order-now rows come first; a SKU without sales needs no order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::RestockSettingsClient</name>
    <message>
        <source>Lead times and safety days can be changed when SellerPulse is online; you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept these values: the lead time must be 1 to 365 days, the safety days 0 to 365. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this SKU (or it has no setting of its own). Sync, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a lead time of 1 to 365 days and 0 to 365 safety days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::RunMarker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SalesSummary</name>
    <message>
        <source>The offline cache&apos;s summaries could not be updated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ServerChoice</name>
    <message>
        <source>A CA file cannot be used for the SellerPulse cloud: its certificate is checked against the system&apos;s certificate authorities only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::ServerConfig</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 is too large to be a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::Session</name>
    <message>
        <source>The system keychain is locked or unavailable, so your saved session cannot be read. Unlock the keychain and retry, or sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out elsewhere: the password was changed or this session was ended on another device. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again; if this happens again, change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1), so you will need to sign in again next time. Unlock the keychain, or check that a Secret Service (such as GNOME Keyring or KWallet) is running. Until you quit, you stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in belongs to another server, or this server&apos;s certificate has changed, so it was not sent and has been removed. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SessionHost</name>
    <message>
        <source>Sign out before choosing another server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SettingsPage</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the cache and download again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask (Sync now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often SellerPulse downloads what changed; 0 for only on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the downloaded data of this account from this computer and download everything again? Until the download is complete, less is readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset and download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SettingsSecuritySection</name>
    <message>
        <source>Change password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password signs out all your other devices at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device, this one included, was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a security problem? Write to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we answer within %2 hours. How SellerPulse protects your data: &lt;a href=&quot;%3&quot;&gt;security and data protection&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out on every device where your account is signed in, this computer included? Each device asks for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SettledShareLabel</name>
    <message>
        <source>Settled: the money of this period&apos;s Amazon events (sales, fees, refunds, advertising) that is in a closed payout, paid out or on its way to your bank. Amazon no longer changes it.
Still estimated: events in the payout period still open, or not yet in any payout; their amounts can still change until Amazon closes the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 settled (paid out or on its way); %3 still estimated (open payout period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 % settled (%3, paid out or on its way); %4 % still estimated (%5, open payout period)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse cloud (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to SellerPulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address of your SellerPulse account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SignOutDialog</name>
    <message>
        <source>Also remove this computer&apos;s SellerPulse data for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of SellerPulse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of SellerPulse as %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded orders, products and finances of this account are deleted from this computer, and their key is removed from the system keychain. Your data on the server stays. Without this, the encrypted copy stays for your next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SingleInstance</name>
    <message>
        <source>SellerPulse is already running with this profile; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile, but it did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: there is no private folder for its socket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SmokeTest</name>
    <message>
        <source>signing in needs the user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main window was not shown and signed in within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; no screenshot was taken, so that its session is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; the smoke test leaves its session alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sync did not finish within %1 s, so the dashboard has no data to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sync failed, so the dashboard has no data to show: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SummarySql</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SupportActions</name>
    <message>
        <source>Open support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundles (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly the last time it ran. If it happens again, a support bundle helps us find out why: it holds versions, settings and the recent log, and you see everything in it before you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create support bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support bundle was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleDialog</name>
    <message>
        <source>Create support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle helps support find out what went wrong. It holds versions, settings, the recent log and the shape of your offline data. It holds no password, token, key, order, product or buyer data. Check every file below, then save it and send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle (%1 MB, at most %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a support bundle, or it is damaged or incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its table of contents cannot be read (truncated?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support bundle has too many files (%1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support bundle has too many files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support bundle contains an unsafe file name (%1): it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This support bundle contains the file %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is too large (%2 bytes, at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is compressed suspiciously well (a possible zip bomb): it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files in this support bundle are larger than they claim or too large in total: it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 is damaged (checksum or size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its manifest is missing or not a SellerPulse support bundle manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was made by a newer version of SellerPulse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its files do not match its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleWriter</name>
    <message>
        <source>Could not prepare the support bundle in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the support bundle archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the support bundle archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SyncController</name>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SyncErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SyncRun</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because the server&apos;s answer repeats itself (it keeps sending pages it already sent). Everything downloaded before is kept. Try again later or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped because the server sent far more pages (%1) than this account can have. Everything downloaded before is kept. Try again later or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped after retrying for %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything downloaded so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SyncScheduler</name>
    <message>
        <source>The disk is full: free at least %1 MB on the disk that holds %2. The sync continues by itself once there is room (or click Retry); everything downloaded so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::SyncStatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading; what was downloaded so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to reach the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1: %2% (%3 of about %4)</source>
        <extracomment>%1 what, %2 percent done, %3 rows done, %4 rows in all; e.g. &quot;Downloading orders: 40% (1,200 of about 3,000)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 hour left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: data as of %1. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no data has been downloaded yet. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restock settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::TableColumnState</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::TableNames</name>
    <message>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::UnitCostClient</name>
    <message>
        <source>Enter a SKU, a currency, a cost of zero or more and the day it applies from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::UrlPolicy</name>
    <message>
        <source>it is not a complete address such as https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain a query (?...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain a fragment (#...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only https addresses are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is allowed only for this computer&apos;s loopback addresses (127.0.0.1, ::1); use https</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::WhatIfChanges</name>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By amount per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10 or -1.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price change value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 200.00 or -50.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising change over 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FBA fee change per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly units answer the price: units change by minus the elasticity times the price change in percent. 0: units stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price elasticity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unit cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising over 30 days, change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FBA fee per unit, change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price change in percent, e.g. 10 or -5.5 (not below -100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price change per unit as an amount, e.g. 1.50 or -0.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new unit cost as an amount, e.g. 4.20, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the advertising change as an amount, e.g. 200.00 or -50.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the FBA fee change per unit as an amount, e.g. 0.25 or -0.10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::WhatIfPage</name>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scenarios are saved only on this computer, in your encrypted offline copy. They are never sent to the SellerPulse server or anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next 30 days from the last 90 days&apos; sales of the chosen SKUs. Units change by minus the elasticity times the price change in percent (elasticity 1.5 and a price 10 % higher: 15 % fewer units). Fees follow the units, refunds the revenue; advertising is the SKUs&apos; share of each marketplace&apos;s advertising by revenue. Amounts apply to the sales in their currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a SKU or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more SKUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the sales of %1 – %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen SKUs sold nothing in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold without a unit cost: %1. Their cost of goods is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scenario “%1” from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::WhatIfQuery</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::WhatIfResults</name>
    <message>
        <source>Baseline and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::WhatIfScenarios</name>
    <message>
        <source>Enter a name for the scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a name of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::WindowCoordinator</name>
    <message>
        <source>Signing in needs your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::WriteFeature</name>
    <message>
        <source>Inventory updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse may change the stock quantities of your listings on Amazon when you ask it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse may change the prices of your listings on Amazon when you ask it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse may ask Amazon to send your buyers a request for a review of their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SellerPulse may make changes on your Amazon account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::XlsxReportWriter</name>
    <message>
        <source>The report has %1 rows, more than a spreadsheet can hold (%2). Choose a shorter period or export it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be created (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel export is not available on this computer (the libxlsxwriter library could not be loaded). Export as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sp::YourDataSection</name>
    <message>
        <source>Prepare a full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this computer&apos;s data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this computer&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline archive status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything SellerPulse stores about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s offline data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive for your records: a ZIP of CSV files any spreadsheet opens. It is not encrypted; keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes your account; its data is deleted within 30 days, except what the law requires us to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and verified: %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is preparing your export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your export is ready (%1). Choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading and verifying...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 rows to %2. This file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving this computer&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZIP of your account, orders, products, stock, fees, Amazon connection (never its token), permissions, unit costs, expenses and restock settings. SellerPulse checks it against the server&apos;s SHA-256 checksum before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

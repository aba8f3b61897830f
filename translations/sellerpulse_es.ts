<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
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
        <translation>Acerca de SellerPulse</translation>
    </message>
    <message>
        <source>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Profit and sales analytics for Amazon sellers.</source>
        <translation>&lt;b&gt;SellerPulse Desktop&lt;/b&gt; %1&lt;br&gt;Análisis de ventas y beneficios para vendedores de Amazon.</translation>
    </message>
    <message>
        <source>Report a security issue to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we acknowledge reports within two business days. Please do not disclose an issue publicly before we have had time to fix it.</source>
        <translation>Informa de un problema de seguridad a &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; confirmamos la recepción en dos días hábiles. No divulgues un problema públicamente antes de que hayamos podido corregirlo.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
</context>
<context>
    <name>sp::AccountCache</name>
    <message>
        <source>Sign in to open this computer&apos;s copy of your data.</source>
        <translation>Inicia sesión para abrir la copia de tus datos de este ordenador.</translation>
    </message>
    <message>
        <source>The keychain is not available; the offline cache cannot be opened.</source>
        <translation>El llavero no está disponible; no se pueden abrir los datos sin conexión.</translation>
    </message>
    <message>
        <source>The key of the offline cache is missing from the keychain, which is unlocked. You can reset the cache and download your data again.</source>
        <translation>Falta la clave de la caché sin conexión en el llavero, que está desbloqueado. Puedes restablecer la caché y volver a descargar tus datos.</translation>
    </message>
    <message>
        <source>The keychain did not give the key of the offline cache (%1). Unlock the keychain and try again.</source>
        <translation>El llavero no ha proporcionado la clave de los datos sin conexión (%1). Desbloquea el llavero y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>La copia sin conexión de este ordenador está dañada. Restablécela para volver a descargar tus datos; el archivo dañado se guarda aparte para el soporte.</translation>
    </message>
    <message>
        <source>The offline copy is not open, so it cannot be checked now.</source>
        <translation>La copia sin conexión no está abierta, así que ahora no se puede comprobar.</translation>
    </message>
    <message>
        <source>The offline copy could not be checked: %1</source>
        <translation>No se ha podido comprobar la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>The offline copy is damaged.</source>
        <translation>La copia sin conexión está dañada.</translation>
    </message>
    <message>
        <source>The offline copy was checked: no damage was found.</source>
        <translation>Se ha comprobado la copia sin conexión: no se ha encontrado ningún daño.</translation>
    </message>
    <message>
        <source>The offline copy was not reset, and nothing was deleted: %1</source>
        <translation>No se ha restablecido la copia sin conexión y no se ha eliminado nada: %1</translation>
    </message>
    <message>
        <source>No local data was found for this account.</source>
        <translation>No se han encontrado datos locales para esta cuenta.</translation>
    </message>
    <message>
        <source>The cache key was deleted from the keychain.</source>
        <translation>Se ha eliminado la clave de la caché del llavero.</translation>
    </message>
    <message>
        <source>The cache key could not be deleted from the keychain (%1).</source>
        <translation>No se ha podido eliminar la clave de la caché del llavero (%1).</translation>
    </message>
    <message>
        <source>No cache files were on this computer.</source>
        <translation>No había archivos de caché en este ordenador.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Eliminado: %1.</translation>
    </message>
    <message>
        <source>Some files could not be deleted from %1.</source>
        <translation>No se han podido eliminar algunos archivos de %1.</translation>
    </message>
</context>
<context>
    <name>sp::AccountDeletion</name>
    <message>
        <source>Your SellerPulse account will be closed now: every device is signed out at once, and SellerPulse stops using your Amazon connection. Your data on SellerPulse&apos;s servers is deleted within 30 days, except what the law requires us to keep (for example tax records). On this computer, the downloaded data of the account and its encryption key are removed right away. This cannot be undone; download your data first if you want a copy.</source>
        <translation>Tu cuenta de SellerPulse se cerrará ahora: todos los dispositivos cierran sesión de inmediato y SellerPulse deja de usar tu conexión con Amazon. Tus datos en los servidores de SellerPulse se eliminan en un plazo de 30 días, salvo lo que la ley nos obliga a conservar (por ejemplo, los registros fiscales). En este ordenador, los datos descargados de la cuenta y su clave de cifrado se eliminan en el acto. No se puede deshacer; descarga antes tus datos si quieres una copia.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Introduce tu contraseña para confirmar.</translation>
    </message>
    <message>
        <source>The password is not correct. Nothing was deleted.</source>
        <translation>La contraseña no es correcta. No se ha eliminado nada.</translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation>La cuenta no se ha eliminado: %1</translation>
    </message>
    <message>
        <source>No downloaded data was open on this computer.</source>
        <translation>No había datos descargados abiertos en este ordenador.</translation>
    </message>
    <message>
        <source>The session ended before this computer&apos;s copy of the data could be removed; it stays encrypted on disk.</source>
        <translation>La sesión terminó antes de que se pudiera eliminar la copia de los datos de este ordenador; sigue cifrada en el disco.</translation>
    </message>
</context>
<context>
    <name>sp::AccountExportClient</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>No se ha entendido la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server could not prepare the export. Please try again later.</source>
        <translation>El servidor no ha podido preparar la exportación. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server did not say the export&apos;s checksum; it cannot be verified.</source>
        <translation>El servidor no ha indicado la suma de comprobación de la exportación; no se puede verificar.</translation>
    </message>
    <message>
        <source>The download was interrupted. No file was saved; please download it again.</source>
        <translation>La descarga se ha interrumpido. No se ha guardado ningún archivo; vuelve a descargarlo.</translation>
    </message>
</context>
<context>
    <name>sp::AccountMapping</name>
    <message>
        <source>The account for %1 is missing.</source>
        <translation>Falta la cuenta para %1.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; for %2 is not an account number.</source>
        <translation>La cuenta «%1» para %2 no es un número de cuenta.</translation>
    </message>
    <message>
        <source>the payout (bank)</source>
        <translation>el pago (banco)</translation>
    </message>
    <message>
        <source>Amazon (clearing account)</source>
        <translation>Amazon (cuenta puente)</translation>
    </message>
    <message>
        <source>input VAT</source>
        <translation>IVA soportado</translation>
    </message>
    <message>
        <source>Unknown chart of accounts &quot;%1&quot; (SKR03 or SKR04).</source>
        <translation>Plan de cuentas desconocido «%1» (SKR03 o SKR04).</translation>
    </message>
    <message>
        <source>The account for %1 is not text.</source>
        <translation>La cuenta para %1 no es texto.</translation>
    </message>
    <message>
        <source>Unknown kind of payout line &quot;%1&quot;.</source>
        <translation>Tipo de línea de pago desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>sp::AccountantFilesBar</name>
    <message>
        <source>&amp;DATEV file...</source>
        <translation>Archivo &amp;DATEV...</translation>
    </message>
    <message>
        <source>&amp;Journal CSV...</source>
        <translation>CSV de &amp;diario...</translation>
    </message>
    <message>
        <source>Accou&amp;nts...</source>
        <translation>C&amp;uentas...</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Save the payout as a DATEV file</source>
        <translation>Guardar el pago como archivo DATEV</translation>
    </message>
    <message>
        <source>Save the payout as a journal CSV for Xero or QuickBooks</source>
        <translation>Guardar el pago como CSV de diario para Xero o QuickBooks</translation>
    </message>
    <message>
        <source>Set up the accounts of the accountant&apos;s files</source>
        <translation>Configurar las cuentas de los archivos para el contable</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Show the saved file in its folder</source>
        <translation>Mostrar el archivo guardado en su carpeta</translation>
    </message>
    <message>
        <source>For your accountant:</source>
        <translation>Para su contable:</translation>
    </message>
    <message>
        <source>Select a payout first.</source>
        <translation>Seleccione primero un pago.</translation>
    </message>
    <message>
        <source>The period is still open: book it once it has closed.</source>
        <translation>El periodo sigue abierto: contabilícelo cuando se cierre.</translation>
    </message>
    <message>
        <source>Its events do not add up to the payout yet: sync first.</source>
        <translation>Sus movimientos aún no suman el pago: sincronice primero.</translation>
    </message>
    <message>
        <source>DATEV books in %1: save the journal CSV for a payout in %2.</source>
        <translation>DATEV contabiliza en %1: guarde el CSV de diario para un pago en %2.</translation>
    </message>
    <message>
        <source>Save the file for your accountant</source>
        <translation>Guardar el archivo para su contable</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
</context>
<context>
    <name>sp::AccountantSetupDialog</name>
    <message>
        <source>Files for your accountant</source>
        <translation>Archivos para su contable</translation>
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
        <translation>La cuenta en la que se contabilizan los pagos de camino al banco (Geldtransit).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Amazon charges VAT on its fees in the EU and the UK (19 % from Amazon EU for a German seller). With a rate, fees are shown net and gross and booked with their input VAT.</source>
        <translation>Amazon cobra IVA sobre sus tarifas en la UE y el Reino Unido (19 % de Amazon EU para un vendedor alemán). Con un tipo, las tarifas se muestran netas y brutas y se contabilizan con su IVA soportado.</translation>
    </message>
    <message>
        <source>&amp;Chart of accounts:</source>
        <translation>&amp;Plan de cuentas:</translation>
    </message>
    <message>
        <source>&amp;Bank side of payouts:</source>
        <translation>Lado &amp;bancario de los pagos:</translation>
    </message>
    <message>
        <source>&amp;Tax adviser number (DATEV):</source>
        <translation>Número del &amp;asesor fiscal (DATEV):</translation>
    </message>
    <message>
        <source>C&amp;lient number (DATEV):</source>
        <translation>Número de c&amp;liente (DATEV):</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>El ejercicio &amp;empieza en:</translation>
    </message>
    <message>
        <source>&amp;VAT on Amazon fees:</source>
        <translation>&amp;IVA sobre las tarifas de Amazon:</translation>
    </message>
    <message>
        <source>Every other account follows the chart&apos;s standard accounts. Ask your tax adviser before the first import.</source>
        <translation>Las demás cuentas siguen las cuentas estándar del plan. Consulte a su asesor fiscal antes de la primera importación.</translation>
    </message>
</context>
<context>
    <name>sp::AlertNotifier</name>
    <message>
        <source>and %1 more: see Alerts in SellerPulse.</source>
        <translation>y %1 más: consulta Alertas en SellerPulse.</translation>
    </message>
    <message>
        <source>SellerPulse: %1 new alerts</source>
        <translation>SellerPulse: %1 alertas nuevas</translation>
    </message>
</context>
<context>
    <name>sp::AlertText</name>
    <message>
        <source>Stock runs out</source>
        <translation>Stock a punto de agotarse</translation>
    </message>
    <message>
        <source>Margin dropped</source>
        <translation>Margen en descenso</translation>
    </message>
    <message>
        <source>Many refunds</source>
        <translation>Muchos reembolsos</translation>
    </message>
    <message>
        <source>Sync failing</source>
        <translation>Sincronización fallida</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Conexión con Amazon</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>SellerPulse: stock runs out soon</source>
        <translation>SellerPulse: el stock se agota pronto</translation>
    </message>
    <message>
        <source>SellerPulse: a margin dropped</source>
        <translation>SellerPulse: un margen ha bajado</translation>
    </message>
    <message>
        <source>SellerPulse: many refunds</source>
        <translation>SellerPulse: muchos reembolsos</translation>
    </message>
    <message>
        <source>SellerPulse: the sync keeps failing</source>
        <translation>SellerPulse: la sincronización sigue fallando</translation>
    </message>
    <message>
        <source>SellerPulse: check your Amazon connection</source>
        <translation>SellerPulse: revisa tu conexión con Amazon</translation>
    </message>
    <message>
        <source>%1 is out of stock in %2 (about %3 sold a day over the last 30 days).</source>
        <translation>%1 está agotado en %2 (unas %3 ventas al día en los últimos 30 días).</translation>
    </message>
    <message>
        <source>%1 in %2 runs out within about a day: %3 in stock, about %4 sold a day over the last 30 days.</source>
        <translation>%1 en %2 se agota en aproximadamente un día: %3 en stock, unas %4 ventas al día en los últimos 30 días.</translation>
    </message>
    <message>
        <source>%1 in %2 runs out in about %3 days: %4 in stock, about %5 sold a day over the last 30 days.</source>
        <translation>%1 en %2 se agota en unos %3 días: %4 en stock, unas %5 ventas al día en los últimos 30 días.</translation>
    </message>
    <message>
        <source>The margin of %1 fell from %2 % to %3 % (%4 points) in the last 30 days against the 30 days before.</source>
        <translation>El margen de %1 bajó del %2 % al %3 % (%4 puntos) en los últimos 30 días frente a los 30 días anteriores.</translation>
    </message>
    <message>
        <source>The sync has been failing for about %1 hours; the last complete sync was on %2. Your figures may be out of date: check the connection, or see the sync&apos;s error beside &quot;Data as of&quot;.</source>
        <translation>La sincronización lleva fallando unas %1 horas; la última sincronización completa fue el %2. Tus cifras pueden estar desactualizadas: revisa la conexión o consulta el error de la sincronización junto a &quot;Datos a&quot;.</translation>
    </message>
    <message>
        <source>Your Amazon connection was revoked: no new data arrives until you connect again in Settings &gt; Amazon connection.</source>
        <translation>Tu conexión con Amazon se ha revocado: no llegarán datos nuevos hasta que vuelvas a conectarte en Ajustes &gt; Conexión con Amazon.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires within a day, on %1: renew it in Settings &gt; Amazon connection.</source>
        <translation>Tu conexión con Amazon caduca en menos de un día, el %1: renuévala en Ajustes &gt; Conexión con Amazon.</translation>
    </message>
    <message>
        <source>Your Amazon connection expires in about %1 days, on %2: renew it in Settings &gt; Amazon connection.</source>
        <translation>Tu conexión con Amazon caduca en unos %1 días, el %2: renuévala en Ajustes &gt; Conexión con Amazon.</translation>
    </message>
    <message>
        <source>%1: %4 % of the units sold in the last 30 days were refunded (%2 of %3).</source>
        <translation>%1: el %4 % de las unidades vendidas en los últimos 30 días se reembolsó (%2 de %3).</translation>
    </message>
</context>
<context>
    <name>sp::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Snooze for a day</source>
        <translation>Posponer un día</translation>
    </message>
    <message>
        <source>Snooze for a week</source>
        <translation>Posponer una semana</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Alert me when</source>
        <translation>Avisarme cuando</translation>
    </message>
    <message>
        <source>Stock runs out in about</source>
        <translation>El stock se agote en unos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days of stock left</source>
        <translation>Días de stock restantes</translation>
    </message>
    <message>
        <source>The margin of a SKU or a marketplace drops by more than</source>
        <translation>El margen de un SKU o de un marketplace baje más de</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Margin drop in percentage points, last 30 days against the 30 before</source>
        <translation>Bajada del margen en puntos porcentuales, últimos 30 días frente a los 30 anteriores</translation>
    </message>
    <message>
        <source>Refunds of a SKU exceed</source>
        <translation>Los reembolsos de un SKU superen el</translation>
    </message>
    <message>
        <source> % of units sold</source>
        <translation> % de las unidades vendidas</translation>
    </message>
    <message>
        <source>Refund rate in percent, last 30 days</source>
        <translation>Tasa de reembolsos en porcentaje, últimos 30 días</translation>
    </message>
    <message>
        <source>The sync has been failing for more than</source>
        <translation>La sincronización lleve fallando más de</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Hours of failing sync</source>
        <translation>Horas de sincronización fallida</translation>
    </message>
    <message>
        <source>The Amazon connection is revoked or expires within a week</source>
        <translation>La conexión con Amazon se revoque o caduque en una semana</translation>
    </message>
    <message>
        <source>Show SellerPulse in the notification area</source>
        <translation>Mostrar SellerPulse en el área de notificación</translation>
    </message>
    <message>
        <source>SellerPulse checks these after each sync, on this computer. Each cause alerts you once; if it goes away and comes back, you are alerted again.</source>
        <translation>SellerPulse comprueba esto tras cada sincronización, en este ordenador. Cada causa te avisa una vez; si desaparece y vuelve, se te avisa de nuevo.</translation>
    </message>
    <message>
        <source>No alerts. SellerPulse checks your data after each sync.</source>
        <translation>No hay alertas. SellerPulse comprueba tus datos tras cada sincronización.</translation>
    </message>
    <message>
        <source>1 alert, %1 new.</source>
        <translation>1 alerta, %1 nuevas.</translation>
    </message>
    <message>
        <source>%1 alerts, %2 new.</source>
        <translation>%1 alertas, %2 nuevas.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnection</name>
    <message>
        <source>Checking...</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon</source>
        <translation>Esperando tu autorización en Amazon</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Disconnected (access revoked)</source>
        <translation>Desconectado (acceso revocado)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionClient</name>
    <message>
        <source>Your Amazon account is not connected.</source>
        <translation>Tu cuenta de Amazon no está conectada.</translation>
    </message>
    <message>
        <source>The server&apos;s answer about the Amazon connection was not understood.</source>
        <translation>No se ha entendido la respuesta del servidor sobre la conexión con Amazon.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>No se ha entendido la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The 15 minutes to give consent on Amazon have passed. Please connect again.</source>
        <translation>Han pasado los 15 minutos para dar tu autorización en Amazon. Vuelve a conectar.</translation>
    </message>
    <message>
        <source>Your Amazon account is connected.</source>
        <translation>Tu cuenta de Amazon está conectada.</translation>
    </message>
    <message>
        <source>Access was denied on Amazon. Your Amazon account is not connected.</source>
        <translation>Se ha denegado el acceso en Amazon. Tu cuenta de Amazon no está conectada.</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se ha cancelado la conexión.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval could not be confirmed, so nothing was connected. Please connect again.</source>
        <translation>No se ha podido confirmar la autorización de Amazon, así que no se ha conectado nada. Vuelve a conectar.</translation>
    </message>
    <message>
        <source>SellerPulse could not open a local port to receive Amazon&apos;s answer. Please try again.</source>
        <translation>SellerPulse no ha podido abrir un puerto local para recibir la respuesta de Amazon. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>SellerPulse could not create the security code for connecting Amazon. Please try again.</source>
        <translation>SellerPulse no ha podido crear el código de seguridad para conectar Amazon. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Amazon&apos;s approval was given in a browser that is not on this computer, so SellerPulse connected nothing. Please start again and approve in a browser on this computer.</source>
        <translation>La autorización de Amazon se dio en un navegador que no está en este ordenador, así que SellerPulse no ha conectado nada. Vuelve a empezar y autoriza en un navegador de este ordenador.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonConnectionSection</name>
    <message>
        <source>Connect Amazon account...</source>
        <translation>Conectar cuenta de Amazon…</translation>
    </message>
    <message>
        <source>Disconnect...</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Amazon connection status</source>
        <translation>Estado de la conexión con Amazon</translation>
    </message>
    <message>
        <source>Selling partner id</source>
        <translation>ID de socio de venta</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Granted roles</source>
        <translation>Roles concedidos</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Conectado desde</translation>
    </message>
    <message>
        <source>Time left to give consent</source>
        <translation>Tiempo restante para dar la autorización</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Amazon region</source>
        <translation>Región de Amazon</translation>
    </message>
    <message>
        <source>Connect Amazon account</source>
        <translation>Conectar cuenta de Amazon</translation>
    </message>
    <message>
        <source>Disconnect Amazon account</source>
        <translation>Desconectar cuenta de Amazon</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Selling partner:</source>
        <translation>Socio de venta:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Marketplaces:</source>
        <translation>Marketplaces:</translation>
    </message>
    <message>
        <source>Granted roles:</source>
        <translation>Roles concedidos:</translation>
    </message>
    <message>
        <source>Connected since:</source>
        <translation>Conectado desde:</translation>
    </message>
    <message>
        <source>Region to connect:</source>
        <translation>Región que conectar:</translation>
    </message>
    <message>
        <source>Amazon Seller Central is open in your browser. Sign in there and approve SellerPulse; this page updates by itself.</source>
        <translation>Amazon Seller Central está abierto en tu navegador. Inicia sesión allí y autoriza a SellerPulse; esta página se actualiza sola.</translation>
    </message>
    <message>
        <source>Sign in to see it.</source>
        <translation>Inicia sesión para verlo.</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Waiting for your consent on Amazon: %1:%2 left</source>
        <translation>Esperando tu autorización en Amazon: quedan %1:%2</translation>
    </message>
    <message>
        <source>Disconnect your Amazon account from SellerPulse? SellerPulse deletes its Amazon access token at once and can no longer read new orders, stock or fees. You can connect again at any time.</source>
        <translation>¿Desconectar tu cuenta de Amazon de SellerPulse? SellerPulse elimina de inmediato su token de acceso de Amazon y ya no puede leer nuevos pedidos, inventario ni tarifas. Puedes volver a conectar en cualquier momento.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Your Amazon account is disconnected; SellerPulse deleted its Amazon access token.</source>
        <translation>Tu cuenta de Amazon está desconectada; SellerPulse ha eliminado su token de acceso de Amazon.</translation>
    </message>
    <message>
        <source>Delete downloaded Amazon data</source>
        <translation>Eliminar los datos de Amazon descargados</translation>
    </message>
    <message>
        <source>Also delete the Amazon data SellerPulse downloaded to this computer (orders, products, stock, fees)? It cannot be read any more afterwards.</source>
        <translation>¿Eliminar también los datos de Amazon que SellerPulse descargó en este ordenador (pedidos, productos, inventario, tarifas)? Después ya no se podrán leer.</translation>
    </message>
    <message>
        <source>Delete from this computer</source>
        <translation>Eliminar de este ordenador</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Connect this account</source>
        <translation>Conectar esta cuenta</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Amazon account that approved</source>
        <translation>Cuenta de Amazon que ha autorizado</translation>
    </message>
    <message>
        <source>Cancel connecting Amazon</source>
        <translation>Cancelar la conexión con Amazon</translation>
    </message>
    <message>
        <source>Copy the Amazon consent link</source>
        <translation>Copiar el enlace de autorización de Amazon</translation>
    </message>
    <message>
        <source>Connect this Amazon account</source>
        <translation>Conectar esta cuenta de Amazon</translation>
    </message>
    <message>
        <source>Start connecting Amazon again</source>
        <translation>Volver a empezar la conexión con Amazon</translation>
    </message>
    <message>
        <source>If no browser opened: paste this link into a browser on this computer.</source>
        <translation>Si no se ha abierto ningún navegador: pega este enlace en un navegador de este ordenador.</translation>
    </message>
    <message>
        <source>SellerPulse opens Amazon Seller Central in your browser, where you sign in and approve; then SellerPulse shows which Amazon account approved and connects it when you confirm. Approve in a browser on this computer. SellerPulse never sees your Amazon password, and reads only unless you turn on a write feature under Permissions.</source>
        <translation>SellerPulse abre Amazon Seller Central en tu navegador, donde inicias sesión y autorizas; después SellerPulse muestra qué cuenta de Amazon ha autorizado y la conecta cuando lo confirmas. Autoriza en un navegador de este ordenador. SellerPulse nunca ve tu contraseña de Amazon y solo lee datos, salvo que actives una función de escritura en Permisos.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Click Copy link and paste the link into a browser on this computer; this page updates by itself.</source>
        <translation>No se ha podido abrir ningún navegador web. Haz clic en Copiar enlace y pega el enlace en un navegador de este ordenador; esta página se actualiza sola.</translation>
    </message>
    <message>
        <source>The link is copied. Paste it into a browser on this computer: an approval in a browser on another computer cannot connect your account.</source>
        <translation>Se ha copiado el enlace. Pégalo en un navegador de este ordenador: una autorización en un navegador de otro ordenador no puede conectar tu cuenta.</translation>
    </message>
    <message>
        <source>Amazon approved seller account %1 for %2. Connect this account to SellerPulse? If this is not your Amazon account, click Cancel.</source>
        <translation>Amazon ha autorizado la cuenta de vendedor %1 para %2. ¿Conectar esta cuenta a SellerPulse? Si no es tu cuenta de Amazon, haz clic en Cancelar.</translation>
    </message>
</context>
<context>
    <name>sp::AmazonMarketplaces</name>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasil</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suecia</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sudáfrica</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egipto</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudí</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Emiratos Árabes Unidos</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japón</translation>
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
        <translation>Norteamérica</translation>
    </message>
    <message>
        <source>Far East (Japan)</source>
        <translation>Lejano Oriente (Japón)</translation>
    </message>
</context>
<context>
    <name>sp::AmazonTerms</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Unshipped</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Partially shipped</source>
        <translation>Enviado parcialmente</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>No procesable</translation>
    </message>
    <message>
        <source>Invoice unconfirmed</source>
        <translation>Factura sin confirmar</translation>
    </message>
    <message>
        <source>Pending availability</source>
        <translation>Disponibilidad pendiente</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Tarifa de servicio</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Precio del artículo</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Shipping charge</source>
        <translation>Gastos de envío</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Referral fee (commission)</source>
        <translation>Tarifa por referencia (comisión)</translation>
    </message>
    <message>
        <source>FBA fulfilment fee</source>
        <translation>Tarifa de gestión logística de FBA</translation>
    </message>
    <message>
        <source>Refund administration fee</source>
        <translation>Tarifa de gestión de reembolsos</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>FBA storage fee</source>
        <translation>Tarifa de almacenamiento de FBA</translation>
    </message>
    <message>
        <source>Advertising cost</source>
        <translation>Costes de publicidad</translation>
    </message>
    <message>
        <source>Fulfilled by Amazon</source>
        <translation>Enviado por Amazon</translation>
    </message>
    <message>
        <source>Fulfilled by you</source>
        <translation>Enviado por ti</translation>
    </message>
    <message>
        <source>Amazon name: %1</source>
        <translation>Nombre en Amazon: %1</translation>
    </message>
</context>
<context>
    <name>sp::ApiError</name>
    <message>
        <source>The email address or password is not correct. Check them and try again.</source>
        <translation>La dirección de correo electrónico o la contraseña no son correctas. Compruébalas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The new password is not accepted: use 10 to 128 characters, different from the current password.</source>
        <translation>No se acepta la nueva contraseña: usa de 10 a 128 caracteres, distinta de la contraseña actual.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check what you entered and try again.</source>
        <translation>El servidor no ha aceptado la solicitud. Comprueba lo que has introducido y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your session is no longer valid. Sign in again.</source>
        <translation>Tu sesión ya no es válida. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere (the password was changed or the session was ended). Sign in again.</source>
        <translation>Se ha cerrado tu sesión en otro lugar (se cambió la contraseña o se finalizó la sesión). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again.</source>
        <translation>Tu sesión se ha cerrado por seguridad porque su token de inicio de sesión se usó dos veces. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The requested item does not exist or belongs to another account.</source>
        <translation>El elemento solicitado no existe o pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>An account with this email address already exists.</source>
        <translation>Ya existe una cuenta con esta dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The server refused the request as malformed. Please update SellerPulse or contact support.</source>
        <translation>El servidor ha rechazado la solicitud por estar mal formada. Actualiza SellerPulse o contacta con el soporte.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>El servidor ha tenido un problema (HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1). Try again later or contact support.</source>
        <translation>El servidor ha rechazado la solicitud (HTTP %1). Vuelve a intentarlo más tarde o contacta con el soporte.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation>No se puede acceder al servidor. Comprueba tu conexión a Internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1. Check the server address, or the CA file when you use your own server.</source>
        <translation>El certificado del servidor no es de confianza: %1. Comprueba la dirección del servidor o, si usas tu propio servidor, el archivo CA.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>motivo desconocido</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>El servidor no ha respondido a tiempo. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se ha cancelado la solicitud.</translation>
    </message>
    <message>
        <source>This server address is not allowed: %1</source>
        <translation>Esta dirección de servidor no está permitida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos. Vuelve a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos. Vuelve a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Try again later.</source>
        <translation>Demasiados intentos. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server sent an answer SellerPulse does not understand. Try again later or contact support.</source>
        <translation>El servidor ha enviado una respuesta que SellerPulse no entiende. Vuelve a intentarlo más tarde o contacta con el soporte.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Tu sesión ha finalizado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable. Unlock it and retry, or continue for this session only.</source>
        <translation>El llavero del sistema está bloqueado o no disponible. Desbloquéalo y vuelve a intentarlo, o continúa solo para esta sesión.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up: %1. The server may only offer an outdated TLS version (SellerPulse requires TLS 1.2 or later).</source>
        <translation>No se ha podido establecer una conexión segura con el servidor: %1. Puede que el servidor solo ofrezca una versión obsoleta de TLS (SellerPulse requiere TLS 1.2 o posterior).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid at this computer&apos;s date and time (%1): %2. Check your computer&apos;s clock: if the date or time is wrong, correct it and try again.</source>
        <translation>El certificado del servidor no es válido en la fecha y hora de este ordenador (%1): %2. Comprueba el reloj del ordenador: si la fecha o la hora son incorrectas, corrígelas y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>En su última respuesta, el reloj del servidor iba %n minuto por delante del de este ordenador.</numerusform>
            <numerusform>En su última respuesta, el reloj del servidor iba %n minutos por delante del de este ordenador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At its last answer the server&apos;s clock was %n minute(s) behind this computer&apos;s.</source>
        <translation>
            <numerusform>En su última respuesta, el reloj del servidor iba %n minuto por detrás del de este ordenador.</numerusform>
            <numerusform>En su última respuesta, el reloj del servidor iba %n minutos por detrás del de este ordenador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is too slow: its answer did not arrive completely within %n second(s). Try again later.</source>
        <translation>
            <numerusform>El servidor es demasiado lento: su respuesta no ha llegado completa en %n segundo. Vuelve a intentarlo más tarde.</numerusform>
            <numerusform>El servidor es demasiado lento: su respuesta no ha llegado completa en %n segundos. Vuelve a intentarlo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full: free some space on the disk that holds %1 and try again.</source>
        <translation>El disco está lleno: libera espacio en el disco que contiene %1 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Tipo de problema: %1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>Clase de error: %1</translation>
    </message>
</context>
<context>
    <name>sp::AppController</name>
    <message>
        <source>The demo account&apos;s password was changed. Sign in with the new one.</source>
        <translation>Se ha cambiado la contraseña de la cuenta de demostración. Inicia sesión con la nueva.</translation>
    </message>
</context>
<context>
    <name>sp::AtomicFileReplacer</name>
    <message>
        <source>%1 is a symbolic link. For safety SellerPulse does not write through links: choose the file itself or another name.</source>
        <translation>%1 es un enlace simbólico. Por seguridad, SellerPulse no escribe a través de enlaces: elige el propio archivo u otro nombre.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 es una carpeta: elige un nombre de archivo.</translation>
    </message>
    <message>
        <source>A file could not be created in %1: %2</source>
        <translation>No se ha podido crear un archivo en %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Another program changed the unfinished file while %1 was being written, so it was not saved. Please try again.</source>
        <translation>Otro programa ha modificado el archivo sin terminar mientras se escribía %1, así que no se ha guardado. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The file could not be saved as %1: %2</source>
        <translation>No se ha podido guardar el archivo como %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::BundleViewerDialog</name>
    <message>
        <source>Support bundle %1</source>
        <translation>Paquete de soporte %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Read-only: the bundle was checked against its manifest and is shown as it is.</source>
        <translation>Solo lectura: el paquete se ha comprobado con su manifiesto y se muestra tal cual.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Archivos del paquete</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenido del archivo seleccionado</translation>
    </message>
</context>
<context>
    <name>sp::CacheArchiveWriter</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>No se ha podido crear el archivo: %1</translation>
    </message>
    <message>
        <source>The archive could not be started.</source>
        <translation>No se ha podido iniciar el archivo comprimido.</translation>
    </message>
    <message>
        <source>The offline data could not be read: %1</source>
        <translation>No se han podido leer los datos sin conexión: %1</translation>
    </message>
    <message>
        <source>The archive could not be written.</source>
        <translation>No se ha podido escribir el archivo comprimido.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The archive could not be completed.</source>
        <translation>No se ha podido completar el archivo comprimido.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se ha podido guardar el archivo: %1</translation>
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
        <translation>Datos sin conexión de SellerPulse, exportados desde este ordenador.<byte value="xd"/>
Datos a fecha de: %1<byte value="xd"/>
<byte value="xd"/>
Cada archivo CSV es una tabla (UTF-8, separada por comas). Los importes están en la moneda de su fila.<byte value="xd"/>
Este archivo comprimido NO está cifrado: guárdalo en un lugar seguro.<byte value="xd"/>
<byte value="xd"/>
%2<byte value="xd"/>
</translation>
    </message>
</context>
<context>
    <name>sp::CacheFiles</name>
    <message>
        <source>The cache folder %1 could not be created.</source>
        <translation>No se ha podido crear la carpeta de la caché %1.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be created.</source>
        <translation>No se ha podido crear el archivo de la caché %1.</translation>
    </message>
    <message>
        <source>The damaged cache file %1 could not be moved aside.</source>
        <translation>No se ha podido apartar el archivo de caché dañado %1.</translation>
    </message>
</context>
<context>
    <name>sp::CacheFormatMigration</name>
    <message>
        <source>The offline copy on this computer could not be converted to the new format: the disk is full. Free some space and start the app again.</source>
        <translation>La copia sin conexión de este ordenador no se pudo convertir al nuevo formato: el disco está lleno. Libera espacio y vuelve a abrir la aplicación.</translation>
    </message>
    <message>
        <source>The offline copy on this computer could not be converted to the new format. You can reset it and download your data again.</source>
        <translation>La copia sin conexión de este ordenador no se pudo convertir al nuevo formato. Puedes restablecerla y volver a descargar tus datos.</translation>
    </message>
</context>
<context>
    <name>sp::CacheIntegrityCheck</name>
    <message>
        <source>The offline copy could not be checked (%1).</source>
        <translation>No se ha podido comprobar la copia sin conexión (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheKey</name>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>La clave de la caché del llavero no es válida.</translation>
    </message>
    <message>
        <source>No random key could be generated for the cache.</source>
        <translation>No se ha podido generar una clave aleatoria para la caché.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable, so the key of your offline copy cannot be read. Unlock the keychain (for example by signing in to your desktop again or opening your password manager) and choose Retry. Your offline copy is kept.</source>
        <translation>El llavero del sistema está bloqueado o no disponible, así que no se puede leer la clave de tu copia sin conexión. Desbloquea el llavero (por ejemplo, volviendo a iniciar sesión en el escritorio o abriendo tu gestor de contraseñas) y elige Reintentar. Tu copia sin conexión se conserva.</translation>
    </message>
    <message>
        <source>The keychain still holds the cache key after deleting it.</source>
        <translation>El llavero sigue conteniendo la clave de la caché después de eliminarla.</translation>
    </message>
</context>
<context>
    <name>sp::CacheSchema</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>No se han podido leer los datos sin conexión (%1).</translation>
    </message>
    <message>
        <source>The offline cache was written by a newer version of SellerPulse. Update SellerPulse, or reset the cache and download your data again.</source>
        <translation>Los datos sin conexión los escribió una versión más reciente de SellerPulse. Actualiza SellerPulse, o restablece la caché y vuelve a descargar tus datos.</translation>
    </message>
    <message>
        <source>The offline cache could not be updated (%1).</source>
        <translation>No se han podido actualizar los datos sin conexión (%1).</translation>
    </message>
</context>
<context>
    <name>sp::CacheWriter</name>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>No se han podido preparar los datos sin conexión (%1).</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>Los datos sin conexión no están abiertos.</translation>
    </message>
    <message>
        <source>The server sent an unreadable page (%1).</source>
        <translation>El servidor ha enviado una página ilegible (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be written (%1).</source>
        <translation>No se han podido escribir los datos sin conexión (%1).</translation>
    </message>
    <message>
        <source>The offline copy on this computer is damaged. Reset it to download your data again; the damaged file is then kept aside for support.</source>
        <translation>La copia sin conexión de este ordenador está dañada. Restablécela para volver a descargar tus datos; el archivo dañado se guarda aparte para el soporte.</translation>
    </message>
</context>
<context>
    <name>sp::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repetir la nueva contraseña</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repetir la nueva contraseña:</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters. Changing it signs out all your other devices.</source>
        <translation>Usa de %1 a %2 caracteres. Cambiarla cierra la sesión en todos tus demás dispositivos.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduce tu contraseña actual.</translation>
    </message>
    <message>
        <source>The new password must have at least %1 characters.</source>
        <translation>La nueva contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The new password may have at most %1 characters.</source>
        <translation>La nueva contraseña puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The repeated password does not match the new password.</source>
        <translation>La contraseña repetida no coincide con la nueva contraseña.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again, then change your password.</source>
        <translation>No has iniciado sesión. Vuelve a iniciar sesión y después cambia tu contraseña.</translation>
    </message>
    <message>
        <source>Changing...</source>
        <translation>Cambiando…</translation>
    </message>
    <message>
        <source>Your password was changed. All your other devices were signed out; this computer stays signed in.</source>
        <translation>Se ha cambiado tu contraseña. Se ha cerrado la sesión en todos tus demás dispositivos; este ordenador sigue con la sesión iniciada.</translation>
    </message>
</context>
<context>
    <name>sp::ChartPainter</name>
    <message>
        <source>No data for this period</source>
        <translation>No hay datos para este periodo</translation>
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
        <translation>No se ha podido crear el archivo: %1</translation>
    </message>
    <message>
        <source>The download was already discarded.</source>
        <translation>La descarga ya se ha descartado.</translation>
    </message>
    <message>
        <source>The download is incomplete (%1 of %2 bytes). No file was saved.</source>
        <translation>La descarga está incompleta (%1 de %2 bytes). No se ha guardado ningún archivo.</translation>
    </message>
    <message>
        <source>The downloaded file does not match the server&apos;s checksum (SHA-256): it was damaged on the way. No file was saved; please download it again.</source>
        <translation>El archivo descargado no coincide con la suma de comprobación del servidor (SHA-256): se dañó por el camino. No se ha guardado ningún archivo; vuelve a descargarlo.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>No se ha podido guardar el archivo: %1</translation>
    </message>
    <message>
        <source>The download was larger than announced (more than %1). It was stopped and no file was saved; please try again later.</source>
        <translation>La descarga era más grande de lo anunciado (más de %1). Se ha detenido y no se ha guardado ningún archivo; vuelve a intentarlo más tarde.</translation>
    </message>
</context>
<context>
    <name>sp::CipherDatabase</name>
    <message>
        <source>The offline cache could not be opened (%1).</source>
        <translation>No se han podido abrir los datos sin conexión (%1).</translation>
    </message>
    <message>
        <source>The database library is not SQLCipher; the offline cache cannot be encrypted.</source>
        <translation>La biblioteca de base de datos no es SQLCipher; los datos sin conexión no se pueden cifrar.</translation>
    </message>
    <message>
        <source>The cache key in the keychain is not valid.</source>
        <translation>La clave de la caché del llavero no es válida.</translation>
    </message>
    <message>
        <source>The offline cache could not be unlocked.</source>
        <translation>No se han podido desbloquear los datos sin conexión.</translation>
    </message>
    <message>
        <source>The offline cache cannot be read: its key does not match or the file is damaged. You can reset the cache and download your data again.</source>
        <translation>No se pueden leer los datos sin conexión: su clave no coincide o el archivo está dañado. Puedes restablecer la caché y volver a descargar tus datos.</translation>
    </message>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>No se han podido leer los datos sin conexión (%1).</translation>
    </message>
    <message>
        <source>The offline cache could not be prepared (%1).</source>
        <translation>No se han podido preparar los datos sin conexión (%1).</translation>
    </message>
    <message>
        <source>The database library is SQLCipher %1; the offline cache needs SQLCipher 4 or newer.</source>
        <translation>La biblioteca de base de datos es SQLCipher %1; la caché sin conexión necesita SQLCipher 4 o posterior.</translation>
    </message>
</context>
<context>
    <name>sp::CommandLineOptions</name>
    <message>
        <source>SellerPulse Desktop: profit and sales analytics for Amazon sellers.</source>
        <translation>SellerPulse Desktop: análisis de ventas y beneficios para vendedores de Amazon.</translation>
    </message>
    <message>
        <source>Use the SellerPulse service at URL (https; http only for this computer).</source>
        <translation>Usar el servicio de SellerPulse en URL (https; http solo para este ordenador).</translation>
    </message>
    <message>
        <source>Keep settings, data and keychain entries in the profile folder DIR.</source>
        <translation>Guardar la configuración, los datos y las entradas del llavero en la carpeta de perfil DIR.</translation>
    </message>
    <message>
        <source>Start a local sandbox server and use it (for trying SellerPulse out).</source>
        <translation>Iniciar un servidor de pruebas local y usarlo (para probar SellerPulse).</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window, save it as a PNG to FILE and exit.</source>
        <translation>Iniciar, iniciar sesión, mostrar la ventana principal, guardarla como PNG en FILE y salir.</translation>
    </message>
    <message>
        <source>Start, sign in, show the main window and exit.</source>
        <translation>Iniciar, iniciar sesión, mostrar la ventana principal y salir.</translation>
    </message>
    <message>
        <source>Log at LEVEL: debug, info or warning (default: the setting, else info).</source>
        <translation>Registrar con el nivel LEVEL: debug, info o warning (predeterminado: la configuración, si no, info).</translation>
    </message>
    <message>
        <source>Write a support bundle (versions, settings, redacted logs, the cache&apos;s shape; no secrets or seller data) to FILE and exit.</source>
        <translation>Escribir un paquete de soporte (versiones, configuración, registros depurados, la estructura de la caché; sin secretos ni datos del vendedor) en FILE y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>no program name given</source>
        <translation>no se ha indicado el nombre del programa</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--%1 given more than once</source>
        <translation>--%1 indicado más de una vez</translation>
    </message>
    <message>
        <source>--server and --sandbox cannot be used together</source>
        <translation>--server y --sandbox no se pueden usar juntos</translation>
    </message>
    <message>
        <source>--server %1 is not allowed: %2</source>
        <translation>--server %1 no está permitido: %2</translation>
    </message>
    <message>
        <source>not a valid https URL</source>
        <translation>no es una URL https válida</translation>
    </message>
    <message>
        <source>--ca-file needs a file name</source>
        <translation>--ca-file necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--profile needs a folder name</source>
        <translation>--profile necesita un nombre de carpeta</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--log-level must be debug, info or warning, not &quot;%1&quot;</source>
        <translation>--log-level debe ser debug, info o warning, no «%1»</translation>
    </message>
    <message>
        <source>--support-bundle needs a file name</source>
        <translation>--support-bundle necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--support-bundle cannot be combined with --sandbox, --smoke-test or --screenshot</source>
        <translation>--support-bundle no se puede combinar con --sandbox, --smoke-test ni --screenshot</translation>
    </message>
    <message>
        <source>Also trust the PEM certificates in FILE, for the --server host only (never for the SellerPulse cloud).</source>
        <translation>Confiar también en los certificados PEM de FILE, solo para el host de --server (nunca para la nube de SellerPulse).</translation>
    </message>
    <message>
        <source>--ca-file needs --server: its certificates are trusted for that server only</source>
        <translation>--ca-file requiere --server: sus certificados solo se consideran de confianza para ese servidor</translation>
    </message>
    <message>
        <source>--ca-file cannot be used for the SellerPulse cloud, whose certificate is checked against the system&apos;s certificate authorities only</source>
        <translation>--ca-file no se puede usar con la nube de SellerPulse, cuyo certificado solo se comprueba con las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <source>With --smoke-test or --screenshot: wait for the dashboard&apos;s figures from this computer&apos;s copy of the data instead of the sign-in.</source>
        <translation>Con --smoke-test o --screenshot: espera las cifras del panel desde la copia de los datos en este ordenador en lugar del inicio de sesión.</translation>
    </message>
    <message>
        <source>--smoke-dashboard needs --smoke-test or --screenshot</source>
        <translation>--smoke-dashboard necesita --smoke-test o --screenshot</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size, e.g. 1280x800.</source>
        <translation>Con --screenshot: el tamaño de la ventana, p. ej. 1280x800.</translation>
    </message>
    <message>
        <source>--page and --size need --screenshot</source>
        <translation>--page y --size necesitan --screenshot</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;</source>
        <translation>--page debe ser uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 640x480 and 7680x4320, not &quot;%1&quot;</source>
        <translation>--size debe ser ANCHOxALTO entre 640x480 y 7680x4320, no «%1»</translation>
    </message>
    <message>
        <source>With --screenshot: show PAGE (%1) once its data is in.</source>
        <translation>Con --screenshot: muestra PÁGINA (%1) en cuanto estén sus datos.</translation>
    </message>
</context>
<context>
    <name>sp::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>sp::ConfirmedRows</name>
    <message>
        <source>The offline cache is not open.</source>
        <translation>La caché sin conexión no está abierta.</translation>
    </message>
</context>
<context>
    <name>sp::ConnectionStatus</name>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Sesión iniciada como %2 (%1)</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
</context>
<context>
    <name>sp::ConsentUrlPolicy</name>
    <message>
        <source>The server sent an invalid sign-in address for Amazon.</source>
        <translation>El servidor ha enviado una dirección de inicio de sesión de Amazon no válida.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address contains a user name, which Amazon&apos;s never does.</source>
        <translation>La dirección de inicio de sesión de Amazon contiene un nombre de usuario, algo que la de Amazon nunca hace.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address has an unexpected part after &apos;#&apos;.</source>
        <translation>La dirección de inicio de sesión de Amazon tiene una parte inesperada tras «#».</translation>
    </message>
    <message>
        <source>The Amazon sign-in address lacks the application or the security state.</source>
        <translation>A la dirección de inicio de sesión de Amazon le falta la aplicación o el estado de seguridad.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not encrypted (https); it was not opened.</source>
        <translation>La dirección de inicio de sesión de Amazon no está cifrada (https); no se ha abierto.</translation>
    </message>
    <message>
        <source>The sign-in address points to %1, not to Amazon Seller Central (%2); it was not opened. Please report this to SellerPulse.</source>
        <translation>La dirección de inicio de sesión apunta a %1, no a Amazon Seller Central (%2); no se ha abierto. Informa de ello a SellerPulse.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address uses an unexpected port; it was not opened.</source>
        <translation>La dirección de inicio de sesión de Amazon usa un puerto inesperado; no se ha abierto.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address is not Seller Central&apos;s consent page; it was not opened.</source>
        <translation>La dirección de inicio de sesión de Amazon no es la página de autorización de Seller Central; no se ha abierto.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address names the application or the security state twice; it was not opened.</source>
        <translation>La dirección de inicio de sesión de Amazon indica dos veces la aplicación o el estado de seguridad; no se ha abierto.</translation>
    </message>
    <message>
        <source>The Amazon sign-in address asks for another application&apos;s access, not SellerPulse&apos;s; it was not opened. Please report this to SellerPulse.</source>
        <translation>La dirección de inicio de sesión de Amazon solicita acceso para otra aplicación, no para SellerPulse; no se ha abierto. Informa de ello a SellerPulse.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardChart</name>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Ingresos y beneficio neto diarios</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Beneficio neto</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>No hay ventas en este periodo</translation>
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
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Revenue and net profit by week</source>
        <translation>Ingresos y beneficio neto por semana</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Ingresos y beneficio neto por mes</translation>
    </message>
</context>
<context>
    <name>sp::DashboardPage</name>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Tarifas de Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Coste de los productos</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Beneficio neto</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>sin comparación</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 pp</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>new in this period</source>
        <translation>nuevo en este periodo</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2&#xa0;%</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete: some products sold have no unit cost for the date. &lt;a href=&quot;products&quot;&gt;Enter unit costs on the products page&lt;/a&gt;.</source>
        <translation>El coste de los productos está incompleto: algunos productos vendidos no tienen coste unitario para la fecha. &lt;a href=&quot;products&quot;&gt;Introduce los costes unitarios en la página de productos&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Cost of goods is incomplete</source>
        <translation>Coste de los productos incompleto</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Daily revenue and net profit</source>
        <translation>Ingresos y beneficio neto diarios</translation>
    </message>
    <message>
        <source>%1 to %2 (previous: %3 to %4)</source>
        <translation>del %1 al %2 (anterior: del %3 al %4)</translation>
    </message>
    <message>
        <source>Choose a range whose start is not after its end.</source>
        <translation>Elige un periodo cuyo inicio no sea posterior a su final.</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No hay ventas en este periodo.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Aún no se han descargado datos.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source> (%1 pending, estimated)</source>
        <translation> (%1 pendiente, estimado)</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (estimado)</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (incompleto)</translation>
    </message>
    <message>
        <source>Some products sold have no unit cost for the date.</source>
        <translation>Algunos productos vendidos no tienen coste unitario para la fecha.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the previous period</source>
        <translation>Variación de %1 en %2 respecto al periodo anterior</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a fecha de %1</translation>
    </message>
    <message>
        <source>Data as of: not downloaded yet</source>
        <translation>Datos: aún no descargados</translation>
    </message>
    <message>
        <source>Pending units without a price yet: %1, in %2 pending orders. Revenue is an estimate.</source>
        <translation>Unidades pendientes aún sin precio: %1, en %2 pedidos pendientes. Los ingresos son una estimación.</translation>
    </message>
    <message>
        <source>No figures for the previous period of the same length</source>
        <translation>Sin cifras del periodo anterior de la misma duración</translation>
    </message>
    <message>
        <source>Better than the previous period of the same length</source>
        <translation>Mejor que el periodo anterior de la misma duración</translation>
    </message>
    <message>
        <source>Worse than the previous period of the same length</source>
        <translation>Peor que el periodo anterior de la misma duración</translation>
    </message>
    <message>
        <source>The same as in the previous period of the same length</source>
        <translation>Igual que en el periodo anterior de la misma duración</translation>
    </message>
    <message>
        <source>Downloading your history...</source>
        <translation>Descargando tu historial…</translation>
    </message>
    <message>
        <source>Downloading your history: %1%</source>
        <translation>Descargando tu historial: %1 %</translation>
    </message>
    <message>
        <source> after %1 other expenses</source>
        <translation> tras %1 de otros gastos</translation>
    </message>
    <message>
        <source>Net profit includes the expenses you recorded outside Amazon (the Expenses page) that occur in the period.</source>
        <translation>El beneficio neto incluye los gastos fuera de Amazon que registraste (página Gastos) y que caen en el periodo.</translation>
    </message>
    <message>
        <source>no data last year</source>
        <translation>sin datos del año pasado</translation>
    </message>
    <message>
        <source>no comparison with last year</source>
        <translation>sin comparación con el año pasado</translation>
    </message>
    <message>
        <source>%1 %2 pts vs last year</source>
        <translation>%1 %2 pts vs año pasado</translation>
    </message>
    <message>
        <source>unchanged vs last year</source>
        <translation>sin cambios vs año pasado</translation>
    </message>
    <message>
        <source>none last year</source>
        <translation>ninguno el año pasado</translation>
    </message>
    <message>
        <source>%1 %2 % vs last year</source>
        <translation>%1 %2 % vs año pasado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>No figures for the same days last year (%1): the downloaded history does not reach back to them, or there were no sales</source>
        <translation>No hay cifras de los mismos días del año pasado (%1): el historial descargado no llega tan atrás o no hubo ventas</translation>
    </message>
    <message>
        <source>Better than the same days last year (%1)</source>
        <translation>Mejor que los mismos días del año pasado (%1)</translation>
    </message>
    <message>
        <source>Worse than the same days last year (%1)</source>
        <translation>Peor que los mismos días del año pasado (%1)</translation>
    </message>
    <message>
        <source>The same as on the same days last year (%1)</source>
        <translation>Igual que los mismos días del año pasado (%1)</translation>
    </message>
    <message>
        <source>Change of %1 in %2 against the same days last year</source>
        <translation>Variación de %1 en %2 frente a los mismos días del año pasado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a month&apos;s name and its year (&quot;December 2026&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: from tomorrow, after the month&apos;s first complete day</source>
        <translation>Previsión de fin de mes para %1: a partir de mañana, tras el primer día completo del mes</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: no sales so far this month</source>
        <translation>Previsión de fin de mes para %1: todavía no hay ventas este mes</translation>
    </message>
    <message>
        <source>%1: %2 revenue, %3 units, %4 net profit</source>
        <translation>%1: %2 de ingresos, %3 unidades, %4 de beneficio neto</translation>
    </message>
    <message>
        <source>Month-end forecast for %1: %2 revenue, %3 units, %4 net profit</source>
        <translation>Previsión de fin de mes para %1: %2 de ingresos, %3 unidades, %4 de beneficio neto</translation>
    </message>
    <message>
        <source>So far: %1 revenue, %2 units.</source>
        <translation>Hasta ahora: %1 de ingresos, %2 unidades.</translation>
    </message>
    <message>
        <source>Net profit is after this month&apos;s other expenses of %1.</source>
        <translation>El beneficio neto descuenta los demás gastos de este mes, por %1.</translation>
    </message>
    <message>
        <source>Month-end forecast in %1</source>
        <translation>Previsión de fin de mes en %1</translation>
    </message>
    <message>
        <source>Month-end forecast for %1, all marketplaces in %2: %3 revenue, %4 units, %5 net profit</source>
        <extracomment>%1 a month and its year (&quot;December 2026&quot;), %2 the home currency</extracomment>
        <translation>Previsión de fin de mes para %1, todos los marketplaces en %2: %3 de ingresos, %4 unidades, %5 de beneficio neto</translation>
    </message>
    <message>
        <source>Each currency&apos;s forecast converted at its latest reference rate up to %1.</source>
        <translation>La previsión de cada moneda se convierte a su último tipo de referencia hasta el %1.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardProductTables</name>
    <message>
        <source>Top earners</source>
        <translation>Productos más rentables</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Beneficio neto</translation>
    </message>
    <message>
        <source>Products losing money</source>
        <translation>Productos con pérdidas</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock bajo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Sold per day</source>
        <translation>Vendidos al día</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <source>Losing money</source>
        <translation>Con pérdidas</translation>
    </message>
    <message>
        <source>Ranked within each currency: exchange rates are not downloaded yet.</source>
        <translation>Clasificados dentro de cada moneda: los tipos de cambio aún no se han descargado.</translation>
    </message>
    <message>
        <source>Top earners (by net profit in %1, converted)</source>
        <translation>Más rentables (por beneficio neto en %1, convertido)</translation>
    </message>
    <message>
        <source>Losing money (by net profit in %1, converted)</source>
        <translation>Con pérdidas (por beneficio neto en %1, convertido)</translation>
    </message>
    <message>
        <source>Ranked across marketplaces by net profit converted into %1 at the reference rates of %2 (the latest on or before the period&apos;s last day); a product&apos;s currencies are added up.</source>
        <translation>Clasificados en todos los marketplaces por beneficio neto convertido a %1 con los tipos de referencia del %2 (los últimos hasta el último día del periodo); se suman las monedas de cada producto.</translation>
    </message>
</context>
<context>
    <name>sp::DashboardQuery</name>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Elige un periodo cuyo primer día no sea posterior al último.</translation>
    </message>
</context>
<context>
    <name>sp::DatevExport</name>
    <message>
        <source>Choose at least one payout for the DATEV file.</source>
        <translation>Elija al menos un pago para el archivo DATEV.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2, the DATEV ledger in %3: DATEV files hold one currency. Export it as a journal instead.</source>
        <translation>El pago %1 está en %2 y la contabilidad DATEV en %3: un archivo DATEV contiene una sola moneda. Expórtelo como diario.</translation>
    </message>
    <message>
        <source>DATEV needs accounts of %1 digits; &quot;%2&quot; is not one.</source>
        <translation>DATEV necesita cuentas de %1 dígitos; «%2» no lo es.</translation>
    </message>
    <message>
        <source>Payout %1 has a booking on %2, outside the file&apos;s period %3 to %4.</source>
        <translation>El pago %1 tiene un asiento el %2, fuera del período del archivo (del %3 al %4).</translation>
    </message>
    <message>
        <source>The bookings run from %1 to %2, into a new fiscal year; a DATEV file holds one fiscal year. Book each payout on its payout date, or export each year separately.</source>
        <translation>Los asientos van del %1 al %2, en un nuevo ejercicio; un archivo DATEV contiene un solo ejercicio. Contabilice cada pago en su fecha de pago o exporte cada año por separado.</translation>
    </message>
    <message>
        <source>Enter the consultant number (Beraternummer, 1001 to 9999999) your tax adviser uses in DATEV.</source>
        <translation>Introduzca el número de asesor (Beraternummer, de 1001 a 9999999) que su asesor fiscal usa en DATEV.</translation>
    </message>
    <message>
        <source>Enter the client number (Mandantennummer, 1 to 99999) your tax adviser uses in DATEV.</source>
        <translation>Introduzca el número de cliente (Mandantennummer, de 1 a 99999) que su asesor fiscal usa en DATEV.</translation>
    </message>
    <message>
        <source>The fiscal year must start in a month from 1 to 12.</source>
        <translation>El ejercicio debe empezar en un mes del 1 al 12.</translation>
    </message>
    <message>
        <source>DATEV accounts have 4 to 8 digits.</source>
        <translation>Las cuentas de DATEV tienen de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The file&apos;s period is not valid.</source>
        <translation>El período del archivo no es válido.</translation>
    </message>
    <message>
        <source>The DATEV settings are damaged; enter them again.</source>
        <translation>Los ajustes de DATEV están dañados; vuelva a introducirlos.</translation>
    </message>
</context>
<context>
    <name>sp::DeleteAccountDialog</name>
    <message>
        <source>Delete my account</source>
        <translation>Eliminar mi cuenta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Tu &amp;contraseña:</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>en un plazo de 30 días</translation>
    </message>
    <message>
        <source>Your account is closed and will be deleted by %1. %2</source>
        <translation>Tu cuenta está cerrada y se eliminará antes del %1. %2</translation>
    </message>
    <message>
        <source>Deleting...</source>
        <translation>Eliminando…</translation>
    </message>
</context>
<context>
    <name>sp::ErrorDetailsView</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details for support</source>
        <translation>Detalles para soporte</translation>
    </message>
    <message>
        <source>Copy the details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Copy these lines, e.g. for a message to support.</source>
        <translation>Copia estas líneas, p. ej. para un mensaje a soporte.</translation>
    </message>
</context>
<context>
    <name>sp::ExpenseClient</name>
    <message>
        <source>Expenses can be changed when SellerPulse is online; you are offline.</source>
        <translation>Los gastos se pueden cambiar cuando SellerPulse está en línea; estás sin conexión.</translation>
    </message>
    <message>
        <source>You already have 1,000 expenses, the most an account can keep. Delete some you no longer need, then add this one again.</source>
        <translation>Ya tienes 1.000 gastos, el máximo de una cuenta. Elimina algunos que ya no necesites y vuelve a añadir este.</translation>
    </message>
    <message>
        <source>The server did not accept these fields: %1. Correct them and save again.</source>
        <translation>El servidor no aceptó estos campos: %1. Corrígelos y vuelve a guardar.</translation>
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
        <translation>Embalaje</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Salarios</translation>
    </message>
    <message>
        <source>Advertising outside Amazon</source>
        <translation>Publicidad fuera de Amazon</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servicios profesionales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Única</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Termina el:</translation>
    </message>
    <message>
        <source>Edit expense</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Añadir gasto</translation>
    </message>
    <message>
        <source>e.g. Warehouse rent</source>
        <translation>p. ej., alquiler del almacén</translation>
    </message>
    <message>
        <source>e.g. 39.00</source>
        <translation>p. ej., 39,00</translation>
    </message>
    <message>
        <source>Whole business</source>
        <translation>Todo el negocio</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
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
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetición:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
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
        <translation>Introduce una descripción.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, e.g. 39.00.</source>
        <translation>Introduce un importe mayor que cero, p. ej., 39,00.</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code, e.g. EUR.</source>
        <translation>Introduce un código de moneda de tres letras, p. ej., EUR.</translation>
    </message>
</context>
<context>
    <name>sp::ExpensesPage</name>
    <message>
        <source>&amp;Add expense…</source>
        <translation>&amp;Añadir gasto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Costs outside Amazon (software, packaging, a warehouse, wages). They count in net profit on the days they occur, in their own currency.</source>
        <translation>Costes fuera de Amazon (software, embalaje, un almacén, salarios). Cuentan en el beneficio neto los días en que se producen, en su propia moneda.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
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
        <translation>Añadir gasto</translation>
    </message>
    <message>
        <source>Edit the chosen expense</source>
        <translation>Editar el gasto elegido</translation>
    </message>
    <message>
        <source>Delete the chosen expense</source>
        <translation>Eliminar el gasto elegido</translation>
    </message>
    <message>
        <source>Saved on the server; the list and the figures follow after the next sync.</source>
        <translation>Guardado en el servidor; la lista y las cifras se actualizarán tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>No guardado: la sesión cambió mientras tanto. Vuelve a guardar.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation>Eliminar gasto</translation>
    </message>
    <message>
        <source>Delete the expense &quot;%1&quot;? It no longer counts in net profit, on every computer.</source>
        <translation>¿Eliminar el gasto «%1»? Dejará de contar en el beneficio neto, en todos los ordenadores.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
<context>
    <name>sp::FileErrorText</name>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>La carpeta %1 no existe. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose a folder to save the export in.</source>
        <translation>%1 no es una carpeta. Elige una carpeta donde guardar la exportación.</translation>
    </message>
    <message>
        <source>The disk is full: there is no room for the export in %1. Free some space or choose another folder.</source>
        <translation>El disco está lleno: no hay espacio para la exportación en %1. Libera espacio o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: the folder is read-only or you are not allowed to write there. Choose another folder.</source>
        <translation>No se puede guardar la exportación en %1: la carpeta es de solo lectura o no tienes permiso para escribir en ella. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The export cannot be saved in %1: %2</source>
        <translation>No se puede guardar la exportación en %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the export to %1 could not be finished. Free some space or choose another folder.</source>
        <translation>El disco está lleno: no se ha podido terminar la exportación a %1. Libera espacio o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: the folder is read-only or you are not allowed to write there.</source>
        <translation>No se ha podido escribir la exportación en %1: la carpeta es de solo lectura o no tienes permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>The export to %1 could not be written: %2</source>
        <translation>No se ha podido escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder: choose another file name.</source>
        <translation>%1 es una carpeta: elige otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The export could not replace %1: the file is read-only or in use.</source>
        <translation>La exportación no ha podido reemplazar %1: el archivo es de solo lectura o está en uso.</translation>
    </message>
    <message>
        <source>The export could not be saved as %1: %2</source>
        <translation>No se ha podido guardar la exportación como %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::FileLogging</name>
    <message>
        <source>Cannot create the log folder %1.</source>
        <translation>No se puede crear la carpeta de registros %1.</translation>
    </message>
</context>
<context>
    <name>sp::FinancesPage</name>
    <message>
        <source>Posted from</source>
        <translation>Contabilizado desde</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Search financial events</source>
        <translation>Buscar eventos financieros</translation>
    </message>
    <message>
        <source>Search by order id, SKU or event id</source>
        <translation>Buscar por número de pedido, SKU o ID de evento</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Filter by posting date</source>
        <translation>Filtrar por fecha de contabilización</translation>
    </message>
    <message>
        <source>Posted until</source>
        <translation>Contabilizado hasta</translation>
    </message>
    <message>
        <source>Financial events</source>
        <translation>Eventos financieros</translation>
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
        <translation>a</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Todos los marketplaces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No financial events downloaded yet</source>
        <translation>Aún no se han descargado eventos financieros</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 evento</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1+ events</source>
        <translation>%1+ eventos</translation>
    </message>
</context>
<context>
    <name>sp::FinancialEventsModel</name>
    <message>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>sp::GuidedStartChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Three steps make your profit figures complete.</source>
        <translation>Tres pasos para que tus cifras de beneficio estén completas.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Hide this list for good. Settings and the products page still have everything.</source>
        <translation>Oculta esta lista para siempre. La configuración y la página de productos siguen teniéndolo todo.</translation>
    </message>
    <message>
        <source>Dismiss the getting started list</source>
        <translation>Ocultar la lista «Primeros pasos»</translation>
    </message>
    <message>
        <source>Connect your Amazon seller account</source>
        <translation>Conecta tu cuenta de vendedor de Amazon</translation>
    </message>
    <message>
        <source>Connect &amp;Amazon...</source>
        <translation>Conectar &amp;Amazon...</translation>
    </message>
    <message>
        <source>Enter the unit costs of the products you sell</source>
        <translation>Introduce el coste unitario de los productos que vendes</translation>
    </message>
    <message>
        <source>Enter unit &amp;costs...</source>
        <translation>Introducir costes &amp;unitarios...</translation>
    </message>
    <message>
        <source>Choose your home currency</source>
        <translation>Elige tu moneda principal</translation>
    </message>
    <message>
        <source>Choose c&amp;urrency...</source>
        <translation>Elegir la &amp;moneda...</translation>
    </message>
    <message>
        <source>Connected: your orders, fees and stock are downloaded.</source>
        <translation>Conectada: tus pedidos, tarifas y existencias se descargan.</translation>
    </message>
    <message>
        <source>SellerPulse reads your orders, fees and stock from Amazon once you allow it.</source>
        <translation>SellerPulse lee tus pedidos, tarifas y existencias de Amazon en cuanto lo autorices.</translation>
    </message>
    <message>
        <source>Cost of goods needs what you pay for one unit of each product.</source>
        <translation>El coste de los productos necesita lo que pagas por una unidad de cada producto.</translation>
    </message>
    <message>
        <source>Every product you sold has a unit cost.</source>
        <translation>Cada producto vendido tiene un coste unitario.</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost: its cost of goods is incomplete.</source>
        <translation>1 producto vendido sin coste unitario: su coste de los productos está incompleto.</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost: their cost of goods is incomplete.</source>
        <translation>%1 productos vendidos sin coste unitario: su coste de los productos está incompleto.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in %1.</source>
        <translation>El panel suma todos los marketplaces en %1.</translation>
    </message>
    <message>
        <source>The dashboard adds every marketplace up in one currency: pick yours.</source>
        <translation>El panel suma todos los marketplaces en una sola moneda: elige la tuya.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencyChooser</name>
    <message>
        <source>&amp;Home currency:</source>
        <translation>&amp;Moneda principal:</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Moneda principal</translation>
    </message>
    <message>
        <source>The dashboard adds up every marketplace in this currency, at daily reference rates.</source>
        <translation>El panel suma todos los marketplaces en esta moneda, con tipos de referencia diarios.</translation>
    </message>
    <message>
        <source>Automatic (EUR)</source>
        <translation>Automática (EUR)</translation>
    </message>
    <message>
        <source>Automatic (%1 if rates cover it, otherwise EUR)</source>
        <translation>Automática (%1 si hay tipos para ella; si no, EUR)</translation>
    </message>
</context>
<context>
    <name>sp::HomeCurrencySummary</name>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Beneficio neto</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Tarifas de Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>All marketplaces in %1</source>
        <translation>Todos los marketplaces en %1</translation>
    </message>
    <message>
        <source>%1, all marketplaces converted into %2</source>
        <translation>%1, todos los marketplaces convertidos a %2</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>No hay ventas en este periodo.</translation>
    </message>
    <message>
        <source>No data downloaded yet.</source>
        <translation>Aún no se han descargado datos.</translation>
    </message>
    <message>
        <source>Converted at daily ECB-style reference rates, each day at its own rate.</source>
        <translation>Convertido con tipos de referencia diarios (como los del BCE), cada día a su propio tipo.</translation>
    </message>
    <message>
        <source>Rates of %1 to %2 (weekends and holidays: the latest earlier rate), into %3 from %4.</source>
        <translation>Tipos del %1 al %2 (fines de semana y festivos: el último tipo anterior), a %3 desde %4.</translation>
    </message>
    <message>
        <source>Every figure is already in %1: nothing to convert.</source>
        <translation>Todas las cifras ya están en %1: no hay nada que convertir.</translation>
    </message>
    <message>
        <source>Exchange rates not yet downloaded for %1: the totals in %2 are shown once the next sync has brought them.</source>
        <translation>Aún no se han descargado los tipos de cambio de %1: los totales en %2 se mostrarán cuando la próxima sincronización los traiga.</translation>
    </message>
</context>
<context>
    <name>sp::JobProgressPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
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
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Amazon fee</source>
        <translation>Tarifa de Amazon</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Reserve held</source>
        <translation>Reserva retenida</translation>
    </message>
    <message>
        <source>Reserve released</source>
        <translation>Reserva liberada</translation>
    </message>
    <message>
        <source>Reimbursement</source>
        <translation>Reembolso de Amazon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Amazon payout %1</source>
        <translation>Pago de Amazon %1</translation>
    </message>
    <message>
        <source>Input VAT %1 %: %2</source>
        <translation>IVA soportado %1 %: %2</translation>
    </message>
</context>
<context>
    <name>sp::KeychainUnavailableDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Continue for this session only</source>
        <translation>&amp;Continuar solo para esta sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>El llavero del sistema está bloqueado o no disponible.</translation>
    </message>
    <message>
        <source>SellerPulse keeps your sign-in in the system keychain. Unlock the keychain and choose Retry, or enter your password to continue for this session only: you will have to sign in again next time.</source>
        <translation>SellerPulse guarda tu inicio de sesión en el llavero del sistema. Desbloquea el llavero y elige Reintentar, o introduce tu contraseña para continuar solo para esta sesión: la próxima vez tendrás que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Continue for this session only</source>
        <translation>Continuar solo para esta sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Enter your email and password to continue without the keychain.</source>
        <translation>Introduce tu correo electrónico y tu contraseña para continuar sin el llavero.</translation>
    </message>
</context>
<context>
    <name>sp::LanguageChooser</name>
    <message>
        <source>The language changes the next time you start SellerPulse.</source>
        <translation>El idioma cambia la próxima vez que inicies SellerPulse.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>Restart SellerPulse in the chosen language</source>
        <translation>Reiniciar SellerPulse en el idioma elegido</translation>
    </message>
</context>
<context>
    <name>sp::LocalSandbox</name>
    <message>
        <source>The local sandbox program was not found at %1. Reinstall SellerPulse.</source>
        <translation>No se ha encontrado el programa del entorno de pruebas local en %1. Vuelve a instalar SellerPulse.</translation>
    </message>
    <message>
        <source>The sandbox folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta del entorno de pruebas %1.</translation>
    </message>
    <message>
        <source>The local sandbox reported an address SellerPulse cannot use.</source>
        <translation>El entorno de pruebas local ha indicado una dirección que SellerPulse no puede usar.</translation>
    </message>
    <message>
        <source>The local sandbox crashed.</source>
        <translation>El entorno de pruebas local se ha bloqueado.</translation>
    </message>
    <message>
        <source>The local sandbox stopped (exit code %1).</source>
        <translation>El entorno de pruebas local se ha detenido (código de salida %1).</translation>
    </message>
    <message>
        <source>Its last message: %1</source>
        <translation>Su último mensaje: %1</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>No se ha podido iniciar el entorno de pruebas local: %1</translation>
    </message>
</context>
<context>
    <name>sp::LoopbackRedirectListener</name>
    <message>
        <source>Return to SellerPulse</source>
        <translation>Volver a SellerPulse</translation>
    </message>
    <message>
        <source>You chose not to connect your Amazon account. You can close this tab.</source>
        <translation>Has decidido no conectar tu cuenta de Amazon. Puedes cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Amazon has approved. Return to SellerPulse to check the Amazon account and finish connecting it. You can close this tab.</source>
        <translation>Amazon ha dado su autorización. Vuelve a SellerPulse para comprobar la cuenta de Amazon y terminar de conectarla. Puedes cerrar esta pestaña.</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Section content</source>
        <translation>Contenido de la sección</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Productos e inventario</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Restablecer la caché y volver a descargar</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: %1 Nothing was deleted.</source>
        <translation>No se pueden leer los datos sin conexión de este ordenador: %1 No se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Intentar ahora</translation>
    </message>
    <message>
        <source>The last sync failed.</source>
        <translation>La última sincronización falló.</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulación</translation>
    </message>
</context>
<context>
    <name>sp::MainWindowActions</name>
    <message>
        <source>Change &amp;password...</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>S&amp;alir</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Si&amp;ncronizar ahora</translation>
    </message>
    <message>
        <source>Download what changed on the server now (F5)</source>
        <translation>Descargar ahora lo que ha cambiado en el servidor (F5)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Create support bundle...</source>
        <translation>&amp;Crear paquete de soporte…</translation>
    </message>
    <message>
        <source>&amp;Open support bundle...</source>
        <translation>A&amp;brir paquete de soporte…</translation>
    </message>
    <message>
        <source>Chec&amp;k the offline copy</source>
        <translation>Comprobar la copia sin cone&amp;xión</translation>
    </message>
    <message>
        <source>&amp;About SellerPulse</source>
        <translation>&amp;Acerca de SellerPulse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Check the offline copy</source>
        <translation>Comprobar la copia sin conexión</translation>
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
        <translation>Todos los marketplaces</translation>
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
        <translation>No hay previsión el primer día del mes: empieza tras el primer día completo.</translation>
    </message>
    <message>
        <source>No sales so far this month: nothing to forecast from.</source>
        <translation>Todavía no hay ventas este mes: nada en que basar una previsión.</translation>
    </message>
    <message>
        <source>The month is over: these are its actual figures.</source>
        <translation>El mes ha terminado: estas son sus cifras reales.</translation>
    </message>
    <message>
        <source>Forecast from the run rate of 1 day</source>
        <translation>Previsión según el ritmo de 1 día</translation>
    </message>
    <message>
        <source>Forecast from the run rate of %1 days</source>
        <translation>Previsión según el ritmo de %1 días</translation>
    </message>
    <message>
        <source>%1, adjusted by last year&apos;s %2</source>
        <extracomment>%1 is &quot;Forecast from the run rate of N days&quot;, %2 a month&apos;s name (&quot;December&quot;)</extracomment>
        <translation>%1, ajustada según la evolución de %2 del año pasado</translation>
    </message>
</context>
<context>
    <name>sp::NextPayoutLabel</name>
    <message>
        <source>%1 so far in the open period, expected about %2</source>
        <translation>%1 hasta ahora en el periodo abierto, previsto hacia el %2</translation>
    </message>
    <message>
        <source>%1 on its way, expected %2</source>
        <translation>%1 en camino, previsto el %2</translation>
    </message>
    <message>
        <source>Next payouts: %1</source>
        <translation>Próximos pagos: %1</translation>
    </message>
</context>
<context>
    <name>sp::OrderDetailPanel</name>
    <message>
        <source>Order details</source>
        <translation>Detalles del pedido</translation>
    </message>
    <message>
        <source>Items of the order</source>
        <translation>Artículos del pedido</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Promoción</translation>
    </message>
    <message>
        <source>Fees and refunds of the order</source>
        <translation>Tarifas y reembolsos del pedido</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Fees, charges and refunds</source>
        <translation>Tarifas, cargos y reembolsos</translation>
    </message>
    <message>
        <source>No order chosen</source>
        <translation>Ningún pedido elegido</translation>
    </message>
    <message>
        <source>Choose an order to see its items, fees and refunds.</source>
        <translation>Elige un pedido para ver sus artículos, tarifas y reembolsos.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Items: %1; nothing posted for this order yet.</source>
        <translation>Artículos: %1; aún no se ha contabilizado nada para este pedido.</translation>
    </message>
    <message>
        <source>Items: %1; posted in total: %2</source>
        <translation>Artículos: %1; total contabilizado: %2</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Leyendo el pedido…</translation>
    </message>
</context>
<context>
    <name>sp::OrdersModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Comprado el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
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
        <translation>Comprado desde</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>Search by order id, SKU, ASIN or title</source>
        <translation>Buscar por número de pedido, SKU, ASIN o título</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Filter by purchase date</source>
        <translation>Filtrar por fecha de compra</translation>
    </message>
    <message>
        <source>Purchased until</source>
        <translation>Comprado hasta</translation>
    </message>
    <message>
        <source>Columns...</source>
        <translation>Columnas…</translation>
    </message>
    <message>
        <source>Choose the order columns</source>
        <translation>Elegir las columnas de los pedidos</translation>
    </message>
    <message>
        <source>Order columns</source>
        <translation>Columnas de los pedidos</translation>
    </message>
    <message>
        <source>Order rows</source>
        <translation>Filas de los pedidos</translation>
    </message>
    <message>
        <source>Select all orders</source>
        <translation>Seleccionar todos los pedidos</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All marketplaces</source>
        <translation>Todos los marketplaces</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No orders downloaded yet</source>
        <translation>Aún no se han descargado pedidos</translation>
    </message>
    <message>
        <source>1 matching order</source>
        <translation>1 pedido coincidente</translation>
    </message>
    <message>
        <source>%1 matching orders</source>
        <translation>%1 pedidos coincidentes</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 pedido</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 pedidos</translation>
    </message>
    <message>
        <source>%1+ matching orders</source>
        <translation>%1+ pedidos coincidentes</translation>
    </message>
    <message>
        <source>%1+ orders</source>
        <translation>%1+ pedidos</translation>
    </message>
</context>
<context>
    <name>sp::PayoutCheck</name>
    <message>
        <source>A payout has no settlement id; nothing was written.</source>
        <translation>Un pago no tiene ID de liquidación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Payout %1 has no currency; nothing was written.</source>
        <translation>El pago %1 no tiene moneda; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Payout %1 has no valid settlement period; nothing was written.</source>
        <translation>El pago %1 no tiene un período de liquidación válido; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>El pago %1 es mayor de lo que cabe en un archivo contable; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Payout %1 is in %2 but one of its lines is in %3; nothing was written.</source>
        <translation>El pago %1 está en %2 pero una de sus líneas está en %3; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>no currency</source>
        <translation>ninguna moneda</translation>
    </message>
    <message>
        <source>A line of payout %1 has no date; nothing was written.</source>
        <translation>Una línea del pago %1 no tiene fecha; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>A line of payout %1 is larger than an accounting file can hold; nothing was written.</source>
        <translation>Una línea del pago %1 es mayor de lo que cabe en un archivo contable; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Payout %1 does not balance: its lines add up to %2 %4 but the payout is %3 %4 (difference %5 %4); nothing was written.</source>
        <translation>El pago %1 no cuadra: sus líneas suman %2 %4 pero el pago es de %3 %4 (diferencia %5 %4); no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutPostings</name>
    <message>
        <source>The VAT rate on fees must be from 0 to 100 %.</source>
        <translation>El tipo de IVA sobre las tarifas debe estar entre 0 y 100 %.</translation>
    </message>
</context>
<context>
    <name>sp::PayoutsPage</name>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>What the payout is made of</source>
        <translation>Composición del pago</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <source>Open: still growing</source>
        <translation>Abierto: sigue creciendo</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>On its way</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Nada que pagar</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
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
        <translation>Ventas: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Reembolsos: %1</translation>
    </message>
    <message>
        <source>Amazon fee: %1</source>
        <translation>Tarifa de Amazon: %1</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Reembolsos de Amazon</translation>
    </message>
    <message>
        <source>Reserve released from the previous payout</source>
        <translation>Reserva liberada del pago anterior</translation>
    </message>
    <message>
        <source>Reserve held back by Amazon</source>
        <translation>Reserva retenida por Amazon</translation>
    </message>
    <message>
        <source>Other: %1, %2</source>
        <translation>Otros: %1, %2</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>No payouts downloaded yet.</source>
        <translation>Aún no se ha descargado ningún pago.</translation>
    </message>
    <message>
        <source>No payouts yet: Amazon pays about every 14 days.</source>
        <translation>Aún no hay pagos: Amazon paga aproximadamente cada 14 días.</translation>
    </message>
    <message>
        <source>1 payout</source>
        <translation>1 pago</translation>
    </message>
    <message>
        <source>%1 payouts</source>
        <translation>%1 pagos</translation>
    </message>
    <message>
        <source>Select a payout to see what it is made of.</source>
        <translation>Selecciona un pago para ver su composición.</translation>
    </message>
    <message>
        <source>%1 (net %2)</source>
        <translation>%1 (neto %2)</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payout of %1 — orders settled: %2</source>
        <translation>Pago del %1 — pedidos liquidados: %2</translation>
    </message>
    <message>
        <source>Difference: %1 — matches the payout.</source>
        <translation>Diferencia: %1 — coincide con el pago.</translation>
    </message>
    <message>
        <source>Difference: %1 — this computer has %2 of the payout&apos;s %3 events; the next sync downloads the rest.</source>
        <translation>Diferencia: %1 — este ordenador tiene %2 de los %3 movimientos del pago; la próxima sincronización descarga el resto.</translation>
    </message>
    <message>
        <source>Difference: %1 — the events do not add up to the amount Amazon reports. Sync again; if it stays, create a support bundle (Help menu).</source>
        <translation>Diferencia: %1 — los movimientos no suman el importe que indica Amazon. Sincroniza de nuevo; si persiste, crea un paquete de soporte (menú Ayuda).</translation>
    </message>
    <message>
        <source>The period is still open: the amount grows until it ends.</source>
        <translation>El periodo sigue abierto: el importe crece hasta que termina.</translation>
    </message>
    <message>
        <source>Orders the payout settles</source>
        <translation>Pedidos que liquida el pago</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Comprado el</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Partidas</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>1 event of this order in the payout</source>
        <translation>1 movimiento de este pedido en el pago</translation>
    </message>
    <message>
        <source>%1 events of this order in the payout</source>
        <translation>%1 movimientos de este pedido en el pago</translation>
    </message>
    <message>
        <source>No orders in this payout.</source>
        <translation>No hay pedidos en este pago.</translation>
    </message>
    <message>
        <source>First %1 of %2 orders (by order number).</source>
        <translation>Primeros %1 de %2 pedidos (por número de pedido).</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 pedido</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 pedidos</translation>
    </message>
    <message>
        <source>What this payout holds for each order: the sum of the order&apos;s events in it (the sale, Amazon&apos;s fees, refunds). The purchase day is empty when this computer does not have the order.</source>
        <translation>Lo que este pago contiene de cada pedido: la suma de los movimientos del pedido incluidos en él (la venta, las tarifas de Amazon, los reembolsos). La fecha de compra queda vacía cuando este ordenador no tiene el pedido.</translation>
    </message>
    <message>
        <source>about %1 (expected)</source>
        <translation>hacia el %1 (previsto)</translation>
    </message>
</context>
<context>
    <name>sp::PdfReportWriter</name>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>No se ha podido crear el PDF: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No rows for this period.</source>
        <translation>No hay filas para este periodo.</translation>
    </message>
</context>
<context>
    <name>sp::PeriodFilterBar</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mes en curso</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Año en curso</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsClient</name>
    <message>
        <source>The server&apos;s answer about permissions was not understood.</source>
        <translation>No se ha entendido la respuesta del servidor sobre los permisos.</translation>
    </message>
</context>
<context>
    <name>sp::PermissionsSection</name>
    <message>
        <source>SellerPulse only reads your Amazon data unless you turn on a feature below. Each one asks you to confirm what it allows; you can turn it off at any time.</source>
        <translation>SellerPulse solo lee tus datos de Amazon, salvo que actives una función de abajo. Cada una te pide que confirmes lo que permite; puedes desactivarla en cualquier momento.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <source>%1 is off.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>On since %1</source>
        <translation>Activado desde el %1</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Activar %1</translation>
    </message>
    <message>
        <source>%1

This changes data on your Amazon account. Turn it on?</source>
        <translation>%1

Esto cambia datos de tu cuenta de Amazon. ¿Activarlo?</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
</context>
<context>
    <name>sp::PlanningWiring</name>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
</context>
<context>
    <name>sp::ProductsModel</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>No unit cost entered: cost of goods incomplete</source>
        <translation>No se ha introducido el coste unitario: coste de los productos incompleto</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde el %2</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>No vendible</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
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
        <translation>&amp;Guardar coste unitario</translation>
    </message>
    <message>
        <source>Products and inventory</source>
        <translation>Productos e inventario</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Search by SKU, ASIN or title</source>
        <translation>Buscar por SKU, ASIN o título</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Unit cost of the chosen product</source>
        <translation>Coste unitario del producto elegido</translation>
    </message>
    <message>
        <source>Currency of the unit cost</source>
        <translation>Moneda del coste unitario</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>e.g. 4.20</source>
        <translation>p. ej., 4,20</translation>
    </message>
    <message>
        <source>Unit cost applies from</source>
        <translation>Coste unitario aplicable desde</translation>
    </message>
    <message>
        <source>Save unit cost</source>
        <translation>Guardar coste unitario</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Cost per &amp;unit:</source>
        <translation>Coste por &amp;unidad:</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Aplicable &amp;desde:</translation>
    </message>
    <message>
        <source>No products downloaded yet</source>
        <translation>Aún no se han descargado productos</translation>
    </message>
    <message>
        <source>Choose a product in the table</source>
        <translation>Elige un producto en la tabla</translation>
    </message>
    <message>
        <source>Offline: unit costs are saved on the server, so entering one needs a connection.</source>
        <translation>Sin conexión: los costes unitarios se guardan en el servidor, así que introducirlos requiere conexión.</translation>
    </message>
    <message>
        <source>Enter the cost of one unit as an amount, e.g. 4.20.</source>
        <translation>Introduce el coste de una unidad como importe, p. ej., 4,20.</translation>
    </message>
    <message>
        <source>Choose the currency of the unit cost.</source>
        <translation>Elige la moneda del coste unitario.</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Cost of goods follows after the next sync.</source>
        <translation>Coste unitario de %1 guardado. El coste de los productos se actualiza tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>The unit cost of %1 was not saved: %2</source>
        <translation>No se ha guardado el coste unitario de %1: %2</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>1 product</source>
        <translation>1 producto</translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 productos</translation>
    </message>
    <message>
        <source>1 matching product</source>
        <translation>1 producto coincidente</translation>
    </message>
    <message>
        <source>%1 matching products</source>
        <translation>%1 productos coincidentes</translation>
    </message>
    <message>
        <source>Sold wi&amp;thout a cost</source>
        <translation>&amp;Vendidos sin coste</translation>
    </message>
    <message>
        <source>Only products sold without a unit cost</source>
        <translation>Solo productos vendidos sin coste unitario</translation>
    </message>
    <message>
        <source>Only the products sold without a unit cost for the day of the sale, highest revenue first: their cost of goods is incomplete.</source>
        <translation>Solo los productos vendidos sin coste unitario para el día de la venta, primero los de más ingresos: su coste de los productos está incompleto.</translation>
    </message>
    <message>
        <source>Every product sold has a unit cost</source>
        <translation>Cada producto vendido tiene un coste unitario</translation>
    </message>
    <message>
        <source>1 product sold without a unit cost</source>
        <translation>1 producto vendido sin coste unitario</translation>
    </message>
    <message>
        <source>%1 products sold without a unit cost</source>
        <translation>%1 productos vendidos sin coste unitario</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. Updating the cost of goods...</source>
        <translation>Coste unitario de %1 guardado. Actualizando el coste de los productos...</translation>
    </message>
    <message>
        <source>Saved the unit cost of %1. The cost of goods includes it now.</source>
        <translation>Coste unitario de %1 guardado. El coste de los productos ya lo incluye.</translation>
    </message>
</context>
<context>
    <name>sp::Profile</name>
    <message>
        <source>The profile folder %1 cannot be created or protected. Check that it is writable.</source>
        <translation>No se puede crear ni proteger la carpeta de perfil %1. Comprueba que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>No folder for application data was found.</source>
        <translation>No se ha encontrado ninguna carpeta para los datos de la aplicación.</translation>
    </message>
    <message>
        <source>The profile settings %1 cannot be written.</source>
        <translation>No se puede escribir la configuración del perfil %1.</translation>
    </message>
</context>
<context>
    <name>sp::QtKeychainSecretStore</name>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>El llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable (%1).</source>
        <translation>El llavero del sistema está bloqueado o no disponible (%1).</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Error del llavero: %1</translation>
    </message>
    <message>
        <source>The value is too large for the system keychain (%1 bytes, at most %2).</source>
        <translation>El valor es demasiado grande para el llavero del sistema (%1 bytes, como máximo %2).</translation>
    </message>
</context>
<context>
    <name>sp::ReportBuilder</name>
    <message>
        <source>Profit and loss by month</source>
        <translation>Pérdidas y ganancias por mes</translation>
    </message>
    <message>
        <source>Sales by product</source>
        <translation>Ventas por producto</translation>
    </message>
    <message>
        <source>Fee breakdown</source>
        <translation>Desglose de tarifas</translation>
    </message>
    <message>
        <source>Refunds and returns</source>
        <translation>Reembolsos y devoluciones</translation>
    </message>
    <message>
        <source>Inventory health</source>
        <translation>Estado del inventario</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Choose a period whose first day is on or before its last day.</source>
        <translation>Elige un periodo cuyo primer día no sea posterior al último.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Pending orders (estimated)</source>
        <translation>Pedidos pendientes (estimado)</translation>
    </message>
    <message>
        <source>Amazon fees</source>
        <translation>Tarifas de Amazon</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <source>Reimbursements</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <source>Cost of goods</source>
        <translation>Coste de los productos</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Beneficio neto</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <source>Revenue and net profit by month</source>
        <translation>Ingresos y beneficio neto por mes</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Net profit (before advertising)</source>
        <translation>Beneficio neto (antes de publicidad)</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>Share of fees</source>
        <translation>Proporción de las tarifas</translation>
    </message>
    <message>
        <source>Fees by kind</source>
        <translation>Tarifas por tipo</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>Refunded items</source>
        <translation>Artículos reembolsados</translation>
    </message>
    <message>
        <source>Refunded amount</source>
        <translation>Importe reembolsado</translation>
    </message>
    <message>
        <source>Refunded items per 100 units sold</source>
        <translation>Artículos reembolsados por cada 100 unidades vendidas</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Unfulfillable</source>
        <translation>No vendible</translation>
    </message>
    <message>
        <source>Units sold (30 days)</source>
        <translation>Unidades vendidas (30 días)</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Fecha de compra</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Gestión logística</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Otros gastos</translation>
    </message>
</context>
<context>
    <name>sp::ReportHeaderText</name>
    <message>
        <source>Snapshot (no period)</source>
        <translation>Instantánea (sin periodo)</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Periodo: del %1 al %2</translation>
    </message>
    <message>
        <source>Marketplaces: all</source>
        <translation>Marketplaces: todos</translation>
    </message>
    <message>
        <source>Marketplaces: %1</source>
        <translation>Marketplaces: %1</translation>
    </message>
    <message>
        <source>Data as of: not synced yet</source>
        <translation>Datos: aún no sincronizados</translation>
    </message>
    <message>
        <source>Data as of %1 UTC</source>
        <translation>Datos a fecha de %1 UTC</translation>
    </message>
</context>
<context>
    <name>sp::ReportsPage</name>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel...</source>
        <translation>Exportar &amp;Excel…</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Periodo del informe</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Informe desde</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Informe hasta</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>Export as Excel workbook</source>
        <translation>Exportar como libro de Excel</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
    <message>
        <source>Report chart</source>
        <translation>Gráfico del informe</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Elige un informe.</translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>Elige un periodo cuyo inicio no sea posterior a su final.</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Aún no se han descargado datos</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>No hay ningún informe que exportar.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Todavía hay otra exportación en curso.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>La exportación ha fallado y no se ha escrito ningún archivo: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <source>Cancel building the report</source>
        <translation>Cancelar la creación del informe</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Creando el informe…</translation>
    </message>
    <message>
        <source>Report cancelled. Choose a report or period to build it again.</source>
        <translation>Informe cancelado. Elige un informe o un periodo para crearlo de nuevo.</translation>
    </message>
    <message>
        <source>Report cancelled; the table still shows the previous report.</source>
        <translation>Informe cancelado; la tabla sigue mostrando el informe anterior.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Open the exported file</source>
        <translation>Abrir el archivo exportado</translation>
    </message>
    <message>
        <source>Show the exported file in its folder</source>
        <translation>Mostrar el archivo exportado en su carpeta</translation>
    </message>
    <message>
        <source>CSV for spreadsheets in this language: semicolons, decimal comma (*.csv)</source>
        <translation>CSV para hojas de cálculo en este idioma: punto y coma, coma decimal (*.csv)</translation>
    </message>
    <message>
        <source>CSV, international: commas, decimal point (*.csv)</source>
        <translation>CSV internacional: comas, punto decimal (*.csv)</translation>
    </message>
</context>
<context>
    <name>sp::RestockPage</name>
    <message>
        <source>Default lead time in days</source>
        <translation>Plazo de entrega predeterminado en días</translation>
    </message>
    <message>
        <source>Default safety days</source>
        <translation>Días de seguridad predeterminados</translation>
    </message>
    <message>
        <source>Save &amp;default</source>
        <translation>Guardar &amp;predeterminado</translation>
    </message>
    <message>
        <source>Lead time of the chosen SKU in days</source>
        <translation>Plazo de entrega del SKU elegido en días</translation>
    </message>
    <message>
        <source>Safety days of the chosen SKU</source>
        <translation>Días de seguridad del SKU elegido</translation>
    </message>
    <message>
        <source>Save for this &amp;SKU</source>
        <translation>Guardar para este &amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>&amp;Usar el predeterminado</translation>
    </message>
    <message>
        <source>Export purchase list as &amp;CSV…</source>
        <translation>Exportar la lista de compra como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export purchase list as E&amp;xcel…</source>
        <translation>Exportar la lista de compra como E&amp;xcel…</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Reposición</translation>
    </message>
    <message>
        <source>When to reorder each SKU and how much, from its sales of the last 30 days, last year&apos;s season, its stock and your lead time and safety days. Hover over a column title for its formula.</source>
        <translation>Cuándo volver a pedir cada SKU y cuánto, según sus ventas de los últimos 30 días, la temporada del año pasado, su stock y su plazo de entrega y días de seguridad. Pase el ratón por el título de una columna para ver su fórmula.</translation>
    </message>
    <message>
        <source>Restock plan</source>
        <translation>Plan de reposición</translation>
    </message>
    <message>
        <source>Lead time and safety days of every SKU without its own.</source>
        <translation>Plazo de entrega y días de seguridad de cada SKU sin ajuste propio.</translation>
    </message>
    <message>
        <source>Remove this SKU&apos;s own setting: it follows the default again.</source>
        <translation>Quitar el ajuste propio de este SKU: vuelve a seguir el predeterminado.</translation>
    </message>
    <message>
        <source>Saving the default…</source>
        <translation>Guardando el predeterminado…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Quitando…</translation>
    </message>
    <message>
        <source>Purchase list saved to %1.</source>
        <translation>Lista de compra guardada en %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Saved on the server; the plan follows after the next sync.</source>
        <translation>Guardado en el servidor; el plan se actualizará tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Default lead time (days):</source>
        <translation>Plazo de entrega predeterminado (días):</translation>
    </message>
    <message>
        <source>safety days:</source>
        <translation>días de seguridad:</translation>
    </message>
    <message>
        <source>Not saved: the session changed meanwhile. Save again.</source>
        <translation>No guardado: la sesión cambió mientras tanto. Guarde de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) to reorder</source>
        <translation>
            <numerusform>%n SKU para volver a pedir</numerusform>
            <numerusform>%n SKU para volver a pedir</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set yet: 30 lead days and 14 safety days apply.</source>
        <translation>Aún sin definir: se aplican 30 días de plazo y 14 días de seguridad.</translation>
    </message>
    <message>
        <source>Lead time and safety days of %1:</source>
        <translation>Plazo de entrega y días de seguridad de %1:</translation>
    </message>
    <message>
        <source>Choose a SKU to set its own lead time and safety days.</source>
        <translation>Elija un SKU para definir su propio plazo de entrega y días de seguridad.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>No SKU needs an order: the purchase list is empty.</source>
        <translation>Ningún SKU necesita un pedido: la lista de compra está vacía.</translation>
    </message>
    <message>
        <source>purchase-list</source>
        <translation>lista-compra</translation>
    </message>
    <message>
        <source>Export purchase list</source>
        <translation>Exportar la lista de compra</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Another export is still running.</source>
        <translation>Otra exportación sigue en curso.</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Exportando a %1...</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible para la venta</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Días de seguridad</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coste del pedido</translation>
    </message>
    <message>
        <source>Units per day last year in the same weeks (52 weeks ago), over the coming lead time + safety days.</source>
        <translation>Unidades por día el año pasado en las mismas semanas (hace 52 semanas), durante el plazo de entrega + días de seguridad venideros.</translation>
    </message>
    <message>
        <source>Days from ordering until the stock can be sold (yours for this SKU, or the default).</source>
        <translation>Días desde el pedido hasta que el stock se puede vender (el suyo para este SKU o el predeterminado).</translation>
    </message>
    <message>
        <source>Days of stock kept in reserve on top of the lead time.</source>
        <translation>Días de stock guardados como reserva además del plazo de entrega.</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>sin historial</translation>
    </message>
    <message>
        <source>no unit cost</source>
        <translation>sin coste unitario</translation>
    </message>
    <message>
        <source>This SKU&apos;s own setting</source>
        <translation>Ajuste propio de este SKU</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>El predeterminado</translation>
    </message>
    <message>
        <source>Units per day: %1 over 7 days, %2 over 30 days, %3 over 90 days; last year in the coming weeks: %4</source>
        <translation>Unidades por día: %1 en 7 días, %2 en 30 días, %3 en 90 días; el año pasado en las próximas semanas: %4</translation>
    </message>
    <message>
        <source>Kept within 0.5 to 3.</source>
        <translation>Limitado entre 0,5 y 3.</translation>
    </message>
    <message>
        <source>For %1 lead days and %2 safety days (%3)</source>
        <translation>Para %1 días de entrega y %2 días de seguridad (%3)</translation>
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
        <translation>Norteamérica</translation>
    </message>
    <message>
        <source>Far East</source>
        <translation>Lejano Oriente</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Sin stock</translation>
    </message>
    <message>
        <source>Order now</source>
        <translation>Pedir ahora</translation>
    </message>
    <message>
        <source>Order by %1</source>
        <translation>Pedir antes del %1</translation>
    </message>
    <message>
        <source>Units sold per day over the whole days before today (7, 30 or 90 days), every marketplace of the region together. The plan uses the 30-day figure times the season factor.</source>
        <translation>Unidades vendidas por día en los días completos antes de hoy (7, 30 o 90 días), todos los marketplaces de la región juntos. El plan usa la cifra de 30 días por el factor de temporada.</translation>
    </message>
    <message>
        <source>Season factor: last year&apos;s units per day in the coming lead time + safety days (52 weeks ago), divided by last year&apos;s units per day in the 30 days before that, kept between 0.5 and 3. It is 1 without a year of history (no sale in a month before last year&apos;s 30 days) or without sales in those 30 days.</source>
        <translation>Factor de temporada: unidades por día del año pasado en el plazo de entrega + días de seguridad venideros (hace 52 semanas), divididas por las unidades por día del año pasado en los 30 días anteriores, limitado entre 0,5 y 3. Vale 1 sin un año de historial (ninguna venta en un mes anterior a esos 30 días del año pasado) o sin ventas en esos 30 días.</translation>
    </message>
    <message>
        <source>Days of cover = (fulfillable + inbound) / planned units per day, where planned units per day = 30-day units per day x season factor.</source>
        <translation>Días de cobertura = (disponible + en camino) / unidades previstas por día, donde unidades previstas por día = unidades por día en 30 días x factor de temporada.</translation>
    </message>
    <message>
        <source>Quantity = planned units per day x (lead time + safety days + 30), rounded up, minus fulfillable and inbound stock; never below zero. A SKU that sells nothing needs no order.</source>
        <translation>Cantidad = unidades previstas por día x (plazo de entrega + días de seguridad + 30), redondeada hacia arriba, menos el stock disponible y en camino; nunca por debajo de cero. Un SKU que no vende no necesita pedido.</translation>
    </message>
    <message>
        <source>Unit cost in force today x quantity, in the currency the SKU sold most in over 90 days in that region. Empty without a unit cost.</source>
        <translation>Coste unitario vigente hoy x cantidad, en la moneda en la que el SKU más vendió en 90 días en esa región. Vacío sin coste unitario.</translation>
    </message>
    <message>
        <source>Purchase list</source>
        <translation>Lista de compra</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Reorder by</source>
        <translation>Pedir antes de</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Fulfillable</source>
        <translation>Disponible para la venta</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <source>Safety days</source>
        <translation>Días de seguridad</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>Coste del pedido</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Sin ventas</translation>
    </message>
    <message>
        <source>Reorder date = today + the whole days of cover left after lead time and safety days (never before today). Out of stock and order-now rows come first; a SKU without sales needs no order.</source>
        <translation>Fecha de pedido = hoy + los días enteros de cobertura que quedan tras el plazo de entrega y los días de seguridad (nunca antes de hoy). Las filas sin stock y de pedir ya van primero; un SKU sin ventas no necesita pedido.</translation>
    </message>
</context>
<context>
    <name>sp::RestockSettingsClient</name>
    <message>
        <source>Lead times and safety days can be changed when SellerPulse is online; you are offline.</source>
        <translation>Los plazos de entrega y los días de seguridad se pueden cambiar cuando SellerPulse está en línea; está sin conexión.</translation>
    </message>
    <message>
        <source>The server did not accept these values: the lead time must be 1 to 365 days, the safety days 0 to 365. Correct them and save again.</source>
        <translation>El servidor no aceptó estos valores: el plazo de entrega debe ser de 1 a 365 días y los días de seguridad de 0 a 365. Corríjalos y guarde de nuevo.</translation>
    </message>
    <message>
        <source>The server does not know this SKU (or it has no setting of its own). Sync, then try again.</source>
        <translation>El servidor no conoce este SKU (o no tiene ajuste propio). Sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Enter a lead time of 1 to 365 days and 0 to 365 safety days.</source>
        <translation>Introduzca un plazo de entrega de 1 a 365 días y de 0 a 365 días de seguridad.</translation>
    </message>
</context>
<context>
    <name>sp::RunMarker</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::SalesSummary</name>
    <message>
        <source>The offline cache&apos;s summaries could not be updated (%1).</source>
        <translation>No se han podido actualizar los resúmenes de los datos sin conexión (%1).</translation>
    </message>
</context>
<context>
    <name>sp::ServerChoice</name>
    <message>
        <source>A CA file cannot be used for the SellerPulse cloud: its certificate is checked against the system&apos;s certificate authorities only.</source>
        <translation>No se puede usar un archivo CA con la nube de SellerPulse: su certificado solo se comprueba con las autoridades de certificación del sistema.</translation>
    </message>
    <message>
        <source>SellerPulse</source>
        <translation>SellerPulse</translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation>sandbox local</translation>
    </message>
</context>
<context>
    <name>sp::ServerConfig</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>El archivo CA %1 no existe.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo CA %1: %2</translation>
    </message>
    <message>
        <source>The CA file %1 is too large to be a certificate file.</source>
        <translation>El archivo CA %1 es demasiado grande para ser un archivo de certificados.</translation>
    </message>
    <message>
        <source>The CA file %1 contains no PEM certificate.</source>
        <translation>El archivo CA %1 no contiene ningún certificado PEM.</translation>
    </message>
</context>
<context>
    <name>sp::Session</name>
    <message>
        <source>The system keychain is locked or unavailable, so your saved session cannot be read. Unlock the keychain and retry, or sign in for this session only.</source>
        <translation>El llavero del sistema está bloqueado o no disponible, así que no se puede leer tu sesión guardada. Desbloquea el llavero y vuelve a intentarlo, o inicia sesión solo para esta sesión.</translation>
    </message>
    <message>
        <source>You signed out.</source>
        <translation>Has cerrado sesión.</translation>
    </message>
    <message>
        <source>You were signed out elsewhere: the password was changed or this session was ended on another device. Sign in again.</source>
        <translation>Se ha cerrado tu sesión en otro lugar: se cambió la contraseña o esta sesión se finalizó en otro dispositivo. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety because its sign-in token was used twice. Sign in again; if this happens again, change your password.</source>
        <translation>Tu sesión se ha cerrado por seguridad porque su token de inicio de sesión se usó dos veces. Vuelve a iniciar sesión; si vuelve a ocurrir, cambia tu contraseña.</translation>
    </message>
    <message>
        <source>Your sign-in could not be saved in the system keychain (%1), so you will need to sign in again next time. Unlock the keychain, or check that a Secret Service (such as GNOME Keyring or KWallet) is running. Until you quit, you stay signed in.</source>
        <translation>No se ha podido guardar tu inicio de sesión en el llavero del sistema (%1), así que tendrás que volver a iniciar sesión la próxima vez. Desbloquea el llavero o comprueba que haya un Secret Service en ejecución (como GNOME Keyring o KWallet). Hasta que salgas, la sesión sigue iniciada.</translation>
    </message>
    <message>
        <source>Your saved sign-in belongs to another server, or this server&apos;s certificate has changed, so it was not sent and has been removed. Sign in again.</source>
        <translation>Tu inicio de sesión guardado pertenece a otro servidor, o el certificado de este servidor ha cambiado, así que no se ha enviado y se ha eliminado. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>sp::SessionHost</name>
    <message>
        <source>Sign out before choosing another server.</source>
        <translation>Cierra sesión antes de elegir otro servidor.</translation>
    </message>
</context>
<context>
    <name>sp::SettingsPage</name>
    <message>
        <source>Reset the cache and download again...</source>
        <translation>Restablecer la caché y volver a descargar…</translation>
    </message>
    <message>
        <source>Account and security</source>
        <translation>Cuenta y seguridad</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalo de sincronización en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask (Sync now)</source>
        <translation>Solo cuando lo pida (Sincronizar ahora)</translation>
    </message>
    <message>
        <source>How often SellerPulse downloads what changed; 0 for only on demand.</source>
        <translation>Con qué frecuencia descarga SellerPulse lo que ha cambiado; 0 para solo bajo demanda.</translation>
    </message>
    <message>
        <source>Reset the cache and download again</source>
        <translation>Restablecer la caché y volver a descargar</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Datos sin conexión</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sincronizar cada:</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Amazon connection</source>
        <translation>Conexión con Amazon</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Reset the cache</source>
        <translation>Restablecer la caché</translation>
    </message>
    <message>
        <source>Delete the downloaded data of this account from this computer and download everything again? Until the download is complete, less is readable offline.</source>
        <translation>¿Eliminar de este ordenador los datos descargados de esta cuenta y volver a descargarlo todo? Hasta que termine la descarga, habrá menos datos legibles sin conexión.</translation>
    </message>
    <message>
        <source>Reset and download again</source>
        <translation>Restablecer y volver a descargar</translation>
    </message>
</context>
<context>
    <name>sp::SettingsSecuritySection</name>
    <message>
        <source>Change password...</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Sign out...</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Sign out everywhere...</source>
        <translation>Cerrar sesión en todas partes…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Cerrar sesión en todas partes</translation>
    </message>
    <message>
        <source>Security contact</source>
        <translation>Contacto de seguridad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Changing your password signs out all your other devices at once.</source>
        <translation>Cambiar tu contraseña cierra de inmediato la sesión en todos tus demás dispositivos.</translation>
    </message>
    <message>
        <source>Every device, this one included, was signed out.</source>
        <translation>Se ha cerrado la sesión en todos los dispositivos, incluido este.</translation>
    </message>
    <message>
        <source>Found a security problem? Write to &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; we answer within %2 hours. How SellerPulse protects your data: &lt;a href=&quot;%3&quot;&gt;security and data protection&lt;/a&gt;.</source>
        <translation>¿Has encontrado un problema de seguridad? Escribe a &lt;a href=&quot;mailto:%1&quot;&gt;%1&lt;/a&gt;; respondemos en un plazo de %2 horas. Cómo protege SellerPulse tus datos: &lt;a href=&quot;%3&quot;&gt;seguridad y protección de datos&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Sign out on every device where your account is signed in, this computer included? Each device asks for the password again.</source>
        <translation>¿Cerrar sesión en todos los dispositivos en los que tu cuenta tiene la sesión iniciada, incluido este ordenador? Cada dispositivo volverá a pedir la contraseña.</translation>
    </message>
</context>
<context>
    <name>sp::SettledShareLabel</name>
    <message>
        <source>Settled: the money of this period&apos;s Amazon events (sales, fees, refunds, advertising) that is in a closed payout, paid out or on its way to your bank. Amazon no longer changes it.
Still estimated: events in the payout period still open, or not yet in any payout; their amounts can still change until Amazon closes the period.</source>
        <translation>Liquidado: el dinero de los movimientos de Amazon de este periodo (ventas, tarifas, reembolsos, publicidad) que está en un pago cerrado, pagado o de camino a tu banco. Amazon ya no lo cambia.
Todavía estimado: movimientos del periodo de pago aún abierto, o todavía en ningún pago; sus importes pueden cambiar hasta que Amazon cierre el periodo.</translation>
    </message>
    <message>
        <source>%1: %2 settled (paid out or on its way); %3 still estimated (open payout period)</source>
        <translation>%1: %2 liquidados (pagados o de camino); %3 todavía estimados (periodo de pago abierto)</translation>
    </message>
    <message>
        <source>%1: %2 % settled (%3, paid out or on its way); %4 % still estimated (%5, open payout period)</source>
        <translation>%1: %2 % liquidado (%3, pagado o de camino); %4 % todavía estimado (%5, periodo de pago abierto)</translation>
    </message>
</context>
<context>
    <name>sp::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>SellerPulse cloud (%1)</source>
        <translation>Nube de SellerPulse (%1)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Sign in to SellerPulse</source>
        <translation>Iniciar sesión en SellerPulse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Advanced server settings</source>
        <translation>Configuración avanzada del servidor</translation>
    </message>
    <message>
        <source>SellerPulse cloud</source>
        <translation>Nube de SellerPulse</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado CA</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>Solo para un servidor con su propio certificado</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Elegir un archivo de certificado CA</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL del servidor:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>Archivo CA:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter the email address of your SellerPulse account.</source>
        <translation>Introduce la dirección de correo electrónico de tu cuenta de SellerPulse.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduce tu contraseña.</translation>
    </message>
    <message>
        <source>This server cannot be used: %1</source>
        <translation>No se puede usar este servidor: %1</translation>
    </message>
    <message>
        <source>Choose the server&apos;s CA certificate</source>
        <translation>Elegir el certificado CA del servidor</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>sp::SignOutDialog</name>
    <message>
        <source>Also remove this computer&apos;s SellerPulse data for this account</source>
        <translation>Eliminar también los datos de SellerPulse de esta cuenta en este ordenador</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse?</source>
        <translation>¿Cerrar sesión en SellerPulse?</translation>
    </message>
    <message>
        <source>Sign out of SellerPulse as %1?</source>
        <translation>¿Cerrar la sesión de %1 en SellerPulse?</translation>
    </message>
    <message>
        <source>The downloaded orders, products and finances of this account are deleted from this computer, and their key is removed from the system keychain. Your data on the server stays. Without this, the encrypted copy stays for your next sign-in.</source>
        <translation>Los pedidos, productos y finanzas descargados de esta cuenta se eliminan de este ordenador, y su clave se quita del llavero del sistema. Tus datos en el servidor se conservan. Sin esta opción, la copia cifrada se conserva para tu próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>sp::SingleInstance</name>
    <message>
        <source>SellerPulse is already running with this profile; its window was brought to the front.</source>
        <translation>SellerPulse ya se está ejecutando con este perfil; su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile, but it did not answer.</source>
        <translation>SellerPulse ya se está ejecutando con este perfil, pero no ha respondido.</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: %1</source>
        <translation>No se ha podido garantizar que SellerPulse se ejecute solo una vez para este perfil: %1</translation>
    </message>
    <message>
        <source>Could not make sure SellerPulse runs only once for this profile: there is no private folder for its socket.</source>
        <translation>No se ha podido garantizar que SellerPulse se ejecute solo una vez para este perfil: no hay ninguna carpeta privada para su socket.</translation>
    </message>
</context>
<context>
    <name>sp::SmokeTest</name>
    <message>
        <source>signing in needs the user: %1</source>
        <translation>el inicio de sesión necesita al usuario: %1</translation>
    </message>
    <message>
        <source>the main window was not shown and signed in within %1 s</source>
        <translation>la ventana principal no se ha mostrado con la sesión iniciada en %1 s</translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation>no se ha podido escribir la captura de pantalla en %1</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; no screenshot was taken, so that its session is left alone.</source>
        <translation>SellerPulse ya se está ejecutando con este perfil; no se ha hecho ninguna captura de pantalla, para no interferir en su sesión.</translation>
    </message>
    <message>
        <source>SellerPulse is already running with this profile; the smoke test leaves its session alone.</source>
        <translation>SellerPulse ya se está ejecutando con este perfil; la prueba de humo no interfiere en su sesión.</translation>
    </message>
    <message>
        <source>the first sync did not finish within %1 s, so the dashboard has no data to show</source>
        <translation>la primera sincronización no terminó en %1 s, así que el panel no tiene datos que mostrar</translation>
    </message>
    <message>
        <source>the first sync failed, so the dashboard has no data to show: %1</source>
        <translation>la primera sincronización falló, así que el panel no tiene datos que mostrar: %1</translation>
    </message>
</context>
<context>
    <name>sp::SummarySql</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>No se han podido leer los datos sin conexión (%1).</translation>
    </message>
</context>
<context>
    <name>sp::SupportActions</name>
    <message>
        <source>Open support bundle</source>
        <translation>Abrir paquete de soporte</translation>
    </message>
    <message>
        <source>Support bundles (*.zip);;All files (*)</source>
        <translation>Paquetes de soporte (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly</source>
        <translation>SellerPulse se cerró de forma inesperada</translation>
    </message>
    <message>
        <source>SellerPulse ended unexpectedly the last time it ran. If it happens again, a support bundle helps us find out why: it holds versions, settings and the recent log, and you see everything in it before you save it.</source>
        <translation>SellerPulse se cerró de forma inesperada la última vez que se ejecutó. Si vuelve a ocurrir, un paquete de soporte nos ayuda a averiguar por qué: contiene versiones, configuración y el registro reciente, y ves todo su contenido antes de guardarlo.</translation>
    </message>
    <message>
        <source>Create support bundle...</source>
        <translation>Crear paquete de soporte…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Support bundle saved</source>
        <translation>Paquete de soporte guardado</translation>
    </message>
    <message>
        <source>The support bundle was saved to %1.</source>
        <translation>El paquete de soporte se ha guardado en %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleDialog</name>
    <message>
        <source>Create support bundle</source>
        <translation>Crear paquete de soporte</translation>
    </message>
    <message>
        <source>This bundle helps support find out what went wrong. It holds versions, settings, the recent log and the shape of your offline data. It holds no password, token, key, order, product or buyer data. Check every file below, then save it and send it to support.</source>
        <translation>Este paquete ayuda al soporte a averiguar qué ha fallado. Contiene versiones, configuración, el registro reciente y la estructura de tus datos sin conexión. No contiene contraseñas, tokens, claves ni datos de pedidos, productos o compradores. Revisa cada archivo de abajo, después guárdalo y envíalo al soporte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Guardar paquete de soporte</translation>
    </message>
    <message>
        <source>Support bundles (*.zip)</source>
        <translation>Paquetes de soporte (*.zip)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Archivos del paquete</translation>
    </message>
    <message>
        <source>Content of the selected file</source>
        <translation>Contenido del archivo seleccionado</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle (%1 MB, at most %2 MB).</source>
        <translation>Este archivo es demasiado grande para ser un paquete de soporte (%1 MB, como máximo %2 MB).</translation>
    </message>
    <message>
        <source>This is not a support bundle, or it is damaged or incomplete: %1</source>
        <translation>No es un paquete de soporte, o está dañado o incompleto: %1</translation>
    </message>
    <message>
        <source>This file is too large to be a support bundle.</source>
        <translation>Este archivo es demasiado grande para ser un paquete de soporte.</translation>
    </message>
    <message>
        <source>it is not a ZIP archive.</source>
        <translation>no es un archivo ZIP.</translation>
    </message>
    <message>
        <source>its table of contents cannot be read (truncated?).</source>
        <translation>no se puede leer su índice (¿truncado?).</translation>
    </message>
    <message>
        <source>This support bundle has too many files (%1, at most %2).</source>
        <translation>Este paquete de soporte tiene demasiados archivos (%1, como máximo %2).</translation>
    </message>
    <message>
        <source>This support bundle has too many files.</source>
        <translation>Este paquete de soporte tiene demasiados archivos.</translation>
    </message>
    <message>
        <source>an entry cannot be read.</source>
        <translation>no se puede leer una entrada.</translation>
    </message>
    <message>
        <source>This support bundle contains an unsafe file name (%1): it was refused.</source>
        <translation>Este paquete de soporte contiene un nombre de archivo inseguro (%1): se ha rechazado.</translation>
    </message>
    <message>
        <source>This support bundle contains the file %1 twice.</source>
        <translation>Este paquete de soporte contiene dos veces el archivo %1.</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is too large (%2 bytes, at most %3).</source>
        <translation>El archivo %1 de este paquete de soporte es demasiado grande (%2 bytes, como máximo %3).</translation>
    </message>
    <message>
        <source>The file %1 in this support bundle is compressed suspiciously well (a possible zip bomb): it was refused.</source>
        <translation>El archivo %1 de este paquete de soporte está comprimido de forma sospechosa (una posible bomba ZIP): se ha rechazado.</translation>
    </message>
    <message>
        <source>the file %1 cannot be opened.</source>
        <translation>no se puede abrir el archivo %1.</translation>
    </message>
    <message>
        <source>the file %1 is damaged.</source>
        <translation>el archivo %1 está dañado.</translation>
    </message>
    <message>
        <source>The files in this support bundle are larger than they claim or too large in total: it was refused.</source>
        <translation>Los archivos de este paquete de soporte son más grandes de lo que indican o demasiado grandes en total: se ha rechazado.</translation>
    </message>
    <message>
        <source>the file %1 is damaged (checksum or size).</source>
        <translation>el archivo %1 está dañado (suma de comprobación o tamaño).</translation>
    </message>
    <message>
        <source>the archive is damaged.</source>
        <translation>el archivo comprimido está dañado.</translation>
    </message>
    <message>
        <source>it has no manifest.</source>
        <translation>no tiene manifiesto.</translation>
    </message>
    <message>
        <source>Its manifest is missing or not a SellerPulse support bundle manifest.</source>
        <translation>Falta su manifiesto o no es el manifiesto de un paquete de soporte de SellerPulse.</translation>
    </message>
    <message>
        <source>It was made by a newer version of SellerPulse.</source>
        <translation>Lo creó una versión más reciente de SellerPulse.</translation>
    </message>
    <message>
        <source>Its files do not match its manifest.</source>
        <translation>Sus archivos no coinciden con su manifiesto.</translation>
    </message>
</context>
<context>
    <name>sp::SupportBundleWriter</name>
    <message>
        <source>Could not prepare the support bundle in memory.</source>
        <translation>No se ha podido preparar el paquete de soporte en memoria.</translation>
    </message>
    <message>
        <source>Could not create the support bundle archive.</source>
        <translation>No se ha podido crear el archivo comprimido del paquete de soporte.</translation>
    </message>
    <message>
        <source>Could not write the support bundle archive.</source>
        <translation>No se ha podido escribir el archivo comprimido del paquete de soporte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>sp::SyncController</name>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Tu sesión ha finalizado. Vuelve a iniciar sesión para sincronizar.</translation>
    </message>
</context>
<context>
    <name>sp::SyncErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>sp::SyncRun</name>
    <message>
        <source>Not signed in.</source>
        <translation>Sesión no iniciada.</translation>
    </message>
    <message>
        <source>The sync stopped because the server&apos;s answer repeats itself (it keeps sending pages it already sent). Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>La sincronización se ha detenido porque la respuesta del servidor se repite (sigue enviando páginas que ya envió). Se conserva todo lo descargado antes. Vuelve a intentarlo más tarde o contacta con el soporte.</translation>
    </message>
    <message>
        <source>The sync stopped because the server sent far more pages (%1) than this account can have. Everything downloaded before is kept. Try again later or contact support.</source>
        <translation>La sincronización se ha detenido porque el servidor ha enviado muchas más páginas (%1) de las que puede tener esta cuenta. Se conserva todo lo descargado antes. Vuelve a intentarlo más tarde o contacta con el soporte.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync.</source>
        <translation>Tu sesión ha finalizado. Vuelve a iniciar sesión para sincronizar.</translation>
    </message>
    <message>
        <source>The sync stopped after retrying for %1 s: %2</source>
        <translation>La sincronización se ha detenido tras reintentarlo durante %1 s: %2</translation>
    </message>
    <message>
        <source>The sync was cancelled. Everything downloaded so far is kept.</source>
        <translation>Se ha cancelado la sincronización. Se conserva todo lo descargado hasta ahora.</translation>
    </message>
    <message>
        <source>Your data is up to date.</source>
        <translation>Tus datos están al día.</translation>
    </message>
</context>
<context>
    <name>sp::SyncScheduler</name>
    <message>
        <source>The disk is full: free at least %1 MB on the disk that holds %2. The sync continues by itself once there is room (or click Retry); everything downloaded so far is kept.</source>
        <translation>El disco está lleno: libera al menos %1 MB en el disco que contiene %2. La sincronización continúa sola en cuanto haya espacio (o haz clic en Reintentar); se conserva todo lo descargado hasta ahora.</translation>
    </message>
</context>
<context>
    <name>sp::SyncStatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Stop downloading; what was downloaded so far is kept.</source>
        <translation>Detener la descarga; se conserva lo descargado hasta ahora.</translation>
    </message>
    <message>
        <source>Trying to reach the server...</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>marketplaces</source>
        <translation>marketplaces</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventario</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>financial events</source>
        <translation>eventos financieros</translation>
    </message>
    <message>
        <source>Downloading %1: %2</source>
        <translation>Descargando %1: %2</translation>
    </message>
    <message>
        <source>No data downloaded yet</source>
        <translation>Aún no se han descargado datos</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a fecha de %1</translation>
    </message>
    <message>
        <source>unit costs</source>
        <translation>costes unitarios</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>tipos de cambio</translation>
    </message>
    <message>
        <source>Downloading %1: %2% (%3 of about %4)</source>
        <extracomment>%1 what, %2 percent done, %3 rows done, %4 rows in all; e.g. &quot;Downloading orders: 40% (1,200 of about 3,000)&quot;</extracomment>
        <translation>Descargando %1: %2 % (%3 de unos %4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de un minuto</translation>
    </message>
    <message>
        <source>about 1 minute left</source>
        <translation>falta 1 minuto aproximadamente</translation>
    </message>
    <message>
        <source>about %1 minutes left</source>
        <translation>faltan unos %1 minutos</translation>
    </message>
    <message>
        <source>about 1 hour left</source>
        <translation>falta 1 hora aproximadamente</translation>
    </message>
    <message>
        <source>about %1 hours left</source>
        <translation>faltan unas %1 horas</translation>
    </message>
    <message>
        <source>Offline: data as of %1. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Sin conexión: datos del %1. SellerPulse se vuelve a conectar solo cuando el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Offline: no data has been downloaded yet. SellerPulse reconnects by itself when the server can be reached again.</source>
        <translation>Sin conexión: todavía no has descargado datos. SellerPulse se vuelve a conectar solo cuando el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>payouts</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>expenses</source>
        <translation>gastos</translation>
    </message>
    <message>
        <source>restock settings</source>
        <translation>ajustes de reposición</translation>
    </message>
</context>
<context>
    <name>sp::TableColumnState</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>sp::TableNames</name>
    <message>
        <source>Columns of %1</source>
        <translation>Columnas de %1</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Filas de %1</translation>
    </message>
    <message>
        <source>Select all rows of %1</source>
        <translation>Seleccionar todas las filas de %1</translation>
    </message>
</context>
<context>
    <name>sp::UnitCostClient</name>
    <message>
        <source>Enter a SKU, a currency, a cost of zero or more and the day it applies from.</source>
        <translation>Introduce un SKU, una moneda, un coste de cero o más y el día desde el que se aplica.</translation>
    </message>
</context>
<context>
    <name>sp::UrlPolicy</name>
    <message>
        <source>it is not a complete address such as https://api.example.com</source>
        <translation>no es una dirección completa como https://api.example.com</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>no debe contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <source>it must not contain a query (?...)</source>
        <translation>no debe contener una consulta (?...)</translation>
    </message>
    <message>
        <source>it must not contain a fragment (#...)</source>
        <translation>no debe contener un fragmento (#...)</translation>
    </message>
    <message>
        <source>only https addresses are supported</source>
        <translation>solo se admiten direcciones https</translation>
    </message>
    <message>
        <source>plain http is allowed only for this computer&apos;s loopback addresses (127.0.0.1, ::1); use https</source>
        <translation>http sin cifrar solo se permite para las direcciones de loopback de este ordenador (127.0.0.1, ::1); usa https</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfChanges</name>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>By percent</source>
        <translation>En porcentaje</translation>
    </message>
    <message>
        <source>By amount per unit</source>
        <translation>En un importe por unidad</translation>
    </message>
    <message>
        <source>Price change</source>
        <translation>Cambio de precio</translation>
    </message>
    <message>
        <source>e.g. 10 or -1.50</source>
        <translation>p. ej. 10 o -1.50</translation>
    </message>
    <message>
        <source>Price change value</source>
        <translation>Valor del cambio de precio</translation>
    </message>
    <message>
        <source>Currency of the amounts</source>
        <translation>Moneda de los importes</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>New unit cost</source>
        <translation>Nuevo coste unitario</translation>
    </message>
    <message>
        <source>e.g. 200.00 or -50.00</source>
        <translation>p. ej. 200.00 o -50.00</translation>
    </message>
    <message>
        <source>Advertising change over 30 days</source>
        <translation>Cambio de publicidad en 30 días</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>p. ej. 0.25</translation>
    </message>
    <message>
        <source>FBA fee change per unit</source>
        <translation>Cambio de la tarifa FBA por unidad</translation>
    </message>
    <message>
        <source>Price elasticity</source>
        <translation>Elasticidad precio</translation>
    </message>
    <message>
        <source>How strongly units answer the price: units change by minus the elasticity times the price change in percent. 0: units stay as they are.</source>
        <translation>Cuánto responden las unidades al precio: las unidades cambian en menos la elasticidad por el cambio de precio en porcentaje. 0: las unidades no cambian.</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Price elasticity:</source>
        <translation>Elasticidad precio:</translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation>Importes en:</translation>
    </message>
    <message>
        <source>New unit cost:</source>
        <translation>Nuevo coste unitario:</translation>
    </message>
    <message>
        <source>Advertising over 30 days, change:</source>
        <translation>Publicidad en 30 días, cambio:</translation>
    </message>
    <message>
        <source>FBA fee per unit, change:</source>
        <translation>Tarifa FBA por unidad, cambio:</translation>
    </message>
    <message>
        <source>Enter the price change in percent, e.g. 10 or -5.5 (not below -100).</source>
        <translation>Introduzca el cambio de precio en porcentaje, p. ej. 10 o -5.5 (no menos de -100).</translation>
    </message>
    <message>
        <source>Enter the price change per unit as an amount, e.g. 1.50 or -0.99.</source>
        <translation>Introduzca el cambio de precio por unidad como importe, p. ej. 1.50 o -0.99.</translation>
    </message>
    <message>
        <source>Enter the new unit cost as an amount, e.g. 4.20, or leave it empty.</source>
        <translation>Introduzca el nuevo coste unitario como importe, p. ej. 4.20, o déjelo vacío.</translation>
    </message>
    <message>
        <source>Enter the advertising change as an amount, e.g. 200.00 or -50.00.</source>
        <translation>Introduzca el cambio de publicidad como importe, p. ej. 200.00 o -50.00.</translation>
    </message>
    <message>
        <source>Enter the FBA fee change per unit as an amount, e.g. 0.25 or -0.10.</source>
        <translation>Introduzca el cambio de la tarifa FBA por unidad como importe, p. ej. 0.25 o -0.10.</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfPage</name>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Your scenarios are saved only on this computer, in your encrypted offline copy. They are never sent to the SellerPulse server or anywhere else.</source>
        <translation>Sus escenarios se guardan solo en este ordenador, en su copia sin conexión cifrada. Nunca se envían al servidor de SellerPulse ni a ningún otro sitio.</translation>
    </message>
    <message>
        <source>The next 30 days from the last 90 days&apos; sales of the chosen SKUs. Units change by minus the elasticity times the price change in percent (elasticity 1.5 and a price 10 % higher: 15 % fewer units). Fees follow the units, refunds the revenue; advertising is the SKUs&apos; share of each marketplace&apos;s advertising by revenue. Amounts apply to the sales in their currency.</source>
        <translation>Los próximos 30 días a partir de las ventas de los SKU elegidos en los últimos 90 días. Las unidades cambian en menos la elasticidad por el cambio de precio en porcentaje (elasticidad 1,5 y un precio un 10 % más alto: un 15 % menos de unidades). Las tarifas siguen a las unidades, los reembolsos a los ingresos; la publicidad es la parte de los SKU en la publicidad de cada marketplace según los ingresos. Los importes se aplican a las ventas en su moneda.</translation>
    </message>
    <message>
        <source>Find a SKU or title</source>
        <translation>Buscar un SKU o un título</translation>
    </message>
    <message>
        <source>SKUs of the scenario</source>
        <translation>SKU del escenario</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Nombre del escenario</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Escenarios guardados</translation>
    </message>
    <message>
        <source>Saved “%1” on this computer.</source>
        <translation>«%1» guardado en este ordenador.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose one or more SKUs.</source>
        <translation>Elija uno o varios SKU.</translation>
    </message>
    <message>
        <source>From the sales of %1 – %2.</source>
        <translation>A partir de las ventas del %1 al %2.</translation>
    </message>
    <message>
        <source>The chosen SKUs sold nothing in these days.</source>
        <translation>Los SKU elegidos no vendieron nada en estos días.</translation>
    </message>
    <message>
        <source>Units sold without a unit cost: %1. Their cost of goods is missing.</source>
        <translation>Unidades vendidas sin coste unitario: %1. Falta su coste de la mercancía.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loaded “%1”.</source>
        <translation>«%1» cargado.</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” from this computer?</source>
        <translation>¿Eliminar el escenario «%1» de este ordenador?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfQuery</name>
    <message>
        <source>The offline cache could not be read (%1).</source>
        <translation>No se han podido leer los datos sin conexión (%1).</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfResults</name>
    <message>
        <source>Baseline and scenario</source>
        <translation>Base y escenario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Próximos 30 días</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Net profit</source>
        <translation>Beneficio neto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
</context>
<context>
    <name>sp::WhatIfScenarios</name>
    <message>
        <source>Enter a name for the scenario.</source>
        <translation>Introduzca un nombre para el escenario.</translation>
    </message>
    <message>
        <source>Use a name of at most %1 characters.</source>
        <translation>Use un nombre de como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Choose at least one SKU.</source>
        <translation>Elija al menos un SKU.</translation>
    </message>
    <message>
        <source>The offline cache is not open.</source>
        <translation>La caché sin conexión no está abierta.</translation>
    </message>
</context>
<context>
    <name>sp::WindowCoordinator</name>
    <message>
        <source>Signing in needs your password.</source>
        <translation>Para iniciar sesión se necesita tu contraseña.</translation>
    </message>
    <message>
        <source>The system keychain is locked or unavailable.</source>
        <translation>El llavero del sistema está bloqueado o no disponible.</translation>
    </message>
</context>
<context>
    <name>sp::WriteFeature</name>
    <message>
        <source>Inventory updates</source>
        <translation>Actualizaciones de inventario</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Cambios de precio</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Solicitudes de reseña</translation>
    </message>
    <message>
        <source>SellerPulse may change the stock quantities of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse puede cambiar las cantidades de inventario de tus ofertas en Amazon cuando se lo pidas.</translation>
    </message>
    <message>
        <source>SellerPulse may change the prices of your listings on Amazon when you ask it to.</source>
        <translation>SellerPulse puede cambiar los precios de tus ofertas en Amazon cuando se lo pidas.</translation>
    </message>
    <message>
        <source>SellerPulse may ask Amazon to send your buyers a request for a review of their order.</source>
        <translation>SellerPulse puede pedir a Amazon que envíe a tus compradores una solicitud de reseña de su pedido.</translation>
    </message>
    <message>
        <source>SellerPulse may make changes on your Amazon account.</source>
        <translation>SellerPulse puede hacer cambios en tu cuenta de Amazon.</translation>
    </message>
</context>
<context>
    <name>sp::XlsxReportWriter</name>
    <message>
        <source>The report has %1 rows, more than a spreadsheet can hold (%2). Choose a shorter period or export it as CSV.</source>
        <translation>El informe tiene %1 filas, más de las que admite una hoja de cálculo (%2). Elige un periodo más corto o expórtalo como CSV.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be created (not enough memory).</source>
        <translation>No se ha podido crear la hoja de cálculo (memoria insuficiente).</translation>
    </message>
    <message>
        <source>Excel export is not available on this computer (the libxlsxwriter library could not be loaded). Export as CSV instead.</source>
        <translation>La exportación a Excel no está disponible en este ordenador (no se ha podido cargar la biblioteca libxlsxwriter). Exporta como CSV en su lugar.</translation>
    </message>
</context>
<context>
    <name>sp::YourDataSection</name>
    <message>
        <source>Prepare a full export</source>
        <translation>Preparar una exportación completa</translation>
    </message>
    <message>
        <source>Save the export...</source>
        <translation>Guardar la exportación…</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data...</source>
        <translation>Exportar los datos de este ordenador…</translation>
    </message>
    <message>
        <source>Delete account...</source>
        <translation>Eliminar cuenta…</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export this computer&apos;s data</source>
        <translation>Exportar los datos de este ordenador</translation>
    </message>
    <message>
        <source>Offline archive status</source>
        <translation>Estado del archivo sin conexión</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Everything SellerPulse stores about you</source>
        <translation>Todo lo que SellerPulse guarda sobre ti</translation>
    </message>
    <message>
        <source>This computer&apos;s offline data</source>
        <translation>Los datos sin conexión de este ordenador</translation>
    </message>
    <message>
        <source>An archive for your records: a ZIP of CSV files any spreadsheet opens. It is not encrypted; keep it somewhere safe.</source>
        <translation>Un archivo para tus registros: un ZIP de archivos CSV que abre cualquier hoja de cálculo. No está cifrado; guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Closes your account; its data is deleted within 30 days, except what the law requires us to keep.</source>
        <translation>Cierra tu cuenta; sus datos se eliminan en un plazo de 30 días, salvo lo que la ley nos obliga a conservar.</translation>
    </message>
    <message>
        <source>Saved and verified: %1 (SHA-256 %2)</source>
        <translation>Guardado y verificado: %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>The server is preparing your export...</source>
        <translation>El servidor está preparando tu exportación…</translation>
    </message>
    <message>
        <source>Your export is ready (%1). Choose where to save it.</source>
        <translation>Tu exportación está lista (%1). Elige dónde guardarla.</translation>
    </message>
    <message>
        <source>Downloading and verifying...</source>
        <translation>Descargando y verificando…</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2. This file is not encrypted.</source>
        <translation>Se han guardado %1 filas en %2. Este archivo no está cifrado.</translation>
    </message>
    <message>
        <source>Saving this computer&apos;s data…</source>
        <translation>Guardando los datos de este ordenador…</translation>
    </message>
    <message>
        <source>Archive progress</source>
        <translation>Progreso del archivo</translation>
    </message>
    <message>
        <source>Cancel the archive</source>
        <translation>Cancelar el archivo</translation>
    </message>
    <message>
        <source>Archive cancelled.</source>
        <translation>Archivo cancelado.</translation>
    </message>
    <message>
        <source>A ZIP of your account, orders, products, stock, fees, Amazon connection (never its token), permissions, unit costs, expenses and restock settings. SellerPulse checks it against the server&apos;s SHA-256 checksum before saving it.</source>
        <translation>Un ZIP con tu cuenta, pedidos, productos, inventario, tarifas, la conexión con Amazon (nunca su token), los permisos, los costes unitarios, los gastos y los ajustes de reposición. SellerPulse lo comprueba con la suma de comprobación SHA-256 del servidor antes de guardarlo.</translation>
    </message>
</context>
</TS>

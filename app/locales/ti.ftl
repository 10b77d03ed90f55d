# Seedform interface — Tigrinya (ti)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Ge'ez (Ethiopic) script. Polite plural "ንስኹም" forms.
# Plural categories (CLDR): one (0 and 1), other.

language-name = ትግርኛ
language-switcher = ቋንቋ

## Moving through the form

loading = እቲ ቅጥዒ ይጽዓን ኣሎ…
continue = ቀጽሉ
back = ንድሕሪት
start = ሕጂ ጀምሩ
change = ቀይሩ
progress = ሕቶ { $current } ካብ { $total }
listen = ስምዑ
listen-stop = ደው ኣብሉ

## Check your answers and send

check-title = መልስታትኩም ኣረጋግጹ
check-intro = መልስታትኩም ርኣዩ። ክትቅይርዎም ትኽእሉ ኢኹም።
submit = ጠለበይ ስደዱ
sending = ይለኣኽ ኣሎ…
sending-percent = ይለኣኽ ኣሎ… { $percent } %
upload-bytes = ካብ { $total } ሜጋባይት { $sent } ተላኢኹ
upload-time-left = { $minutes ->
    [one] ዳርጋ { $minutes } ደቒቕ ተሪፉ
   *[other] ዳርጋ { $minutes } ደቓይቕ ተሪፉ
}
upload-time-soon = ካብ ሓደ ደቒቕ ዝውሕድ ተሪፉ
upload-paused = ደው ኢሉ ኣሎ። ንምቕጻል «ቀጽል» ጠውቑ።
upload-pause = ደው ኣብል
upload-resume = ቀጽል
not-answered = ኣይተመለሰን
yes = እወ
no = ኣይፋል
consent-agree = እወ፣ ይሰማማዕ እየ
optional = (ግዴታ ኣይኮነን)

## Errors

error-prefix = ጌጋ:
error-summary-title = ጸገም ኣሎ

## After sending

done-title = ጠለብ ተላኢኹ
done-reference = ናይ መወከሲ ቁጽሪኹም
done-keep = ነዚ ቁጽሪ ጽሓፉ፣ ወይ ስእሊ ኣልዕሉ።
send-failed = ጠለብኩም ገና ኣይተላእከን። መልስታትኩም ኣብዚ ኣለዉ። በጃኹም ደጊምኩም ፈትኑ።
send-rejected = ጠለብኩም ክቕበል ኣይከኣለን። በጃኹም ተራኸቡና።
try-again = ደጊምኩም ፈትኑ
received = { $organisation } ተቐቢልዎ። ቁጽሪ መወከሲ: { $reference }።
outbox-kept = በጺሑ። ቅዳሕ ክሳብ { $when } ኣብዚ መሳርሒ ይጸንሕ።
outbox-title = ንምልኣኽ ዝጽበ
outbox-send-now = ሕጂ ስደዱ
offline-saved = ኣብዚ መሳርሒ ተዓቂቡ። ምስ ኢንተርነት ምስ ተራኸብኩም ክለኣኽ እዩ።
only-on-page = ጠለብኩም ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን። ነዚ ገጽ ከይዓጸኹምዎ ግደፍዎ፤ ምስ ኢንተርነት ምስ ተራኸብኩም ክለኣኽ እዩ።

## The start page

closed = እዚ ቅጥዒ ተዓጽዩ ኣሎ። ሓድሽ ጠለብ ኣይቕበልን።
closed-draft = እዚ ቅጥዒ ተዓጽዩ። መልስታትኩም ገና ክትርእዩ ትኽእሉ ኢኹም። ብዛዕባ ምልኣኹ በጃኹም ተራኸቡና።
contact-intro = ጥርጣረ ኣለኩም? ቅድም ተዛረቡና።
time-needed = ዘድሊ ግዜ: { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቓይቕ
}
closes = ናይ መወዳእታ ዕለት: { $date }
who-can-apply = መን ክሓትት ይኽእል

## When the form cannot open

cannot-open = ይቕሬታ፣ እዚ ቅጥዒ ሕጂ ክኽፈት ኣይክእልን።
cannot-open-next = በጃኹም ጸኒሕኩም ደጊምኩም ፈትኑ፣ ወይ ነቲ ሊንክ ዝሃበኩም ሰብ ሕተቱ።
details-for-organisers = ዝርዝር ንኣዳለውቲ

## Repeated groups of questions

add-entry = ካልእ ወስኹ
remove-entry = ኣልግሱ
entry-number = ቁጽሪ { $n }

## Notices

files-not-ready = ኣብዚ ስሪት ፋይላት ምቕዳሕን ምጽዓንን ኣይከኣልን። በጃኹም መልስኹም ብጽሑፍ ግለጹ፣ ወይ ተራኸቡና።
new-version = ሓድሽ ስሪት ድሉው እዩ። ኣብ ዝቕጽል ግዜ ክሰርሕ እዩ።
storage-unavailable = መልስታትኩም ኣብዚ መሳርሒ ክዕቀቡ ኣይክእሉን። በጃኹም ብሓደ ግዜ ወድእዎ፣ ወይ ሓገዝ ሕተቱ።
offline-unavailable = እዚ መሳርሒ ነዚ ፎርም ብዘይ ኢንተርነት ንምጥቃም ክዕቅቦ ኣይክእልን። መሳርሒ ምሉእ ክኸውን ይኽእል እዩ። ፎርም ኢንተርነት ክሳብ ዘለኩም ይሰርሕ።

## Answer checks

error-required = በጃኹም ነዚ ሕቶ መልሱ።
error-too-short = በጃኹም እንተወሓደ { $min ->
    [one] { $min } ፊደል
   *[other] { $min } ፊደላት
} ጽሓፉ።
error-too-long = በጃኹም ካብ { $max ->
    [one] { $max } ፊደል
   *[other] { $max } ፊደላት
} ንላዕሊ ኣይትጽሓፉ።
error-not-a-number = በጃኹም ቁጽሪ ጽሓፉ፣ ከም 250።
error-too-small = እቲ ቁጽሪ { $min } ወይ ካብኡ ንላዕሊ ክኸውን ኣለዎ።
error-too-large = እቲ ቁጽሪ { $max } ወይ ካብኡ ንታሕቲ ክኸውን ኣለዎ።
error-not-whole-number = በጃኹም ምሉእ ቁጽሪ ጽሓፉ፣ ብዘይ ነጥቢ።
error-not-an-email = በጃኹም ናይ ኢመይል ኣድራሻ ጽሓፉ፣ ከም name@example.com።
error-not-a-phone = በጃኹም ቁጽሪ ተሌፎን ጽሓፉ፣ ከም 07700 900123።
error-pattern-mismatch = በጃኹም ነዚ መልሲ ተመልከቱ። ብዝድለ ኣገባብ ኣይተጻሕፈን።
error-not-a-date = በጃኹም ሓቀኛ ዕለት ኣእትዉ።
error-date-too-early = እቲ ዕለት { $min } ወይ ድሕሪኡ ክኸውን ኣለዎ።
error-date-too-late = እቲ ዕለት { $max } ወይ ቅድሚኡ ክኸውን ኣለዎ።
error-not-a-choice = በጃኹም ካብቶም ምርጫታት ሓደ ምረጹ።
error-too-few-choices = በጃኹም እንተወሓደ { $min ->
    [one] { $min } ምርጫ
   *[other] { $min } ምርጫታት
} ምረጹ።
error-too-many-choices = በጃኹም ካብ { $max ->
    [one] { $max } ምርጫ
   *[other] { $max } ምርጫታት
} ንላዕሊ ኣይትምረጹ።
error-out-of-scale = በጃኹም ኣብቲ መዐቀኒ ሓንቲ ነጥቢ ምረጹ።
error-must-consent = ንምስምማዕ፣ በጃኹም ኣብቲ ሳጹን ምልክት ግበሩ።
error-file-type-not-allowed = እዚ ዓይነት ፋይል ኣብዚ ክጥቀመሉ ኣይከኣልን።
error-file-too-large = እቲ ፋይል ኣዝዩ ዓቢ እዩ። እቲ ደረት { $megabytes } MB እዩ።
error-recording-too-long = እቲ ቅዳሕ ኣዝዩ ነዊሕ እዩ። እቲ ደረት { $seconds ->
    [one] { $seconds } ካልኢት
   *[other] { $seconds } ካልኢታት
} እዩ።
error-wrong-kind = በጃኹም ነዚ መልሲ ተመልከቱ።
error-too-few-entries = በጃኹም እንተወሓደ { $min } ወስኹ።
error-too-many-entries = በጃኹም ካብ { $max } ንላዕሊ ኣይትወስኹ።

## Dates and repeated entries

date-day = መዓልቲ
date-month = ወርሒ
date-year = ዓመት
move-up = ናብ ላዕሊ ኣሕልፍ
move-down = ናብ ታሕቲ ኣሕልፍ

## Applications saved on this device

drafts-title = ኣብዚ መሳርሒ ዘለዉ ሕቶታት
draft-edited = ናይ መወዳእታ ለውጢ { $when }
draft-continue = ቀጽል
draft-delete = ደምስስ
draft-delete-confirm = እዚ ሕቶ ይደምሰስ ድዩ? ክምለስ ኣይክእልን እዩ።
draft-delete-yes = እወ፡ ደምስሶ
draft-delete-no = ኖ፡ ሓዞ
start-new = ሓድሽ ሕቶ ጀምር
form-changed = ካብ ዝጀመርካዮ ጀሚሩ እዚ ቅጥዒ ተቐይሩ ኣሎ። ገለ ካብ መልስታትካ ንዘይሕተቱ ሕቶታት እዩ። ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ፦

## Recording and files

record-why-video = መልስኻ ብቪድዮ ንምቅራጽ፡ እዚ ገጽ ካሜራን ማይክሮፎንን ክጥቀም ክሓትት እዩ። ጀምር ክሳዕ ትጸቕጥ ዋላ ሓንቲ ኣይቅረጽን።
record-why-audio = መልስኻ ንምቅራጽ፡ እዚ ገጽ ማይክሮፎን ክጥቀም ክሓትት እዩ። ጀምር ክሳዕ ትጸቕጥ ዋላ ሓንቲ ኣይቅረጽን።
record-start = ምቅራጽ ጀምር
record-stop = ደው ኣብል
record-again = ደጊምካ ቅረጽ
record-time = { $elapsed } ካብ { $limit }
choose-file = ወይ ካብዚ መሳርሒ ፋይል ምረጽ
record-denied = ካሜራ ወይ ማይክሮፎን ክጥቀሙ ኣይከኣልን። ፋይል ክትመርጽ ወይ መልስኻ ክትጽሕፍ ትኽእል ኢኻ።
record-unavailable = ምቅራጽ ኣብዚ መሳርሒ ኣይሰርሕን። ፋይል ክትመርጽ ወይ መልስኻ ክትጽሕፍ ትኽእል ኢኻ።
media-not-saved = እዚ ቅዳሕ ወይ ፋይል ኣብዚ መሳርሒ ክዕቀብ ኣይከኣለን። መሳርሒ ምሉእ ክኸውን ይኽእል እዩ። ኣብ ክንዲኡ መልስኹም ክትጽሕፉ ወይ ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።

## Shared tablet: a PIN protects an application

pin-title = መልስታትኩም ብምስጢራዊ ቁጽሪ ሓልዉ
pin-why = ነዚ ታብለት ብዙሓት ሰባት ይጥቀሙሉ እዮም። ካልእ ስምን ካብ 4 ክሳብ 8 ቁጽሪ ዘለዎ ምስጢራዊ ቁጽሪን ምረጹ። ነቲ ምስጢራዊ ቁጽሪ ዝፈልጥ ሰብ ጥራይ እዩ ጠለብኩም ክኸፍቶ ዝኽእል።
pin-nickname = ንጠለብኩም ዝኸውን ካልእ ስም
pin-nickname-hint = ካልኦት ሰባት ነዚ ስም ጥራይ እዮም ዝርእይዎ። ናይ ሓቂ ስምኩም ኣይትጠቐሙ።
pin-nickname-missing = ካልእ ስም ጽሓፉ።
pin-new = ምስጢራዊ ቁጽሪ ምረጹ
pin-again = ምስጢራዊ ቁጽሪ ደጊምኩም ጽሓፉ
pin-use = ሓልዉ እሞ ጀምሩ
pin-skip = ብዘይ ምስጢራዊ ቁጽሪ ጀምሩ
pin-working = መልስታትኩም ይሕለዉ ኣለዉ…
pin-length = ምስጢራዊ ቁጽሪ ካብ 4 ክሳብ 8 ቁጽሪ ኣለዎ።
pin-digits = ኣብ ምስጢራዊ ቁጽሪ ቁጽርታት ጥራይ ይጽሓፉ።
pin-mismatch = እቶም ክልተ ምስጢራዊ ቁጽርታት ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።
pin-enter = ምስጢራዊ ቁጽሪኹም
pin-open = ክፈቱ
pin-wrong = እቲ ምስጢራዊ ቁጽሪ ግጉይ እዩ።
pin-wait = ኣብ { $time } ደጊምኩም ክትፍትኑ ትኽእሉ ኢኹም።
pin-protected = ብምስጢራዊ ቁጽሪ ዝተሓለወ
pin-unavailable = እዚ ታብለት መልስታት ብምስጢራዊ ቁጽሪ ክሕሉ ኣይክእልን። ንሰራሕተኛታት ሓገዝ ሕተቱ።
lock-now = ጠለበይ ቆልፉ
finish-clear = ወድኡ እሞ ነዚ ታብለት ኣጽርዩ

## Keeping a copy of the answers

copy-title = ቅዳሕ መልስታትኩም ሓዙ
copy-print = ሕተሙ ወይ ከም PDF ዕቀቡ
copy-download = መልስታተይ ኣውርዱ

## Answering a written question another way

mode-legend = ብኸመይ ክትምልሱ ትደልዩ?
mode-write = ጽሓፍዎ
mode-say = ኣብ ክንዲ ምጽሓፍ ድምጽኹም ቅረጹ
mode-film = ኣብ ክንዲ ምጽሓፍ ብቪድዮ ቅረጹ

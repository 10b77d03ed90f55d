# Seedform interface — Amharic (am)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Ge'ez (Ethiopic) script. Polite "እርስዎ" forms.
# Plural categories (CLDR): one (0 and 1), other.

language-name = አማርኛ
language-switcher = ቋንቋ

## Moving through the form

loading = ቅጹ እየተከፈተ ነው…
continue = ይቀጥሉ
back = ወደ ኋላ
start = አሁን ይጀምሩ
change = ይቀይሩ
progress = ጥያቄ { $current } ከ { $total }
listen = ያዳምጡ
listen-stop = ያቁሙ

## Check your answers and send

check-title = መልሶችዎን ያረጋግጡ
check-intro = መልሶችዎን ይመልከቱ። መቀየር ይችላሉ።
submit = ማመልከቻዬን ይላኩ
sending = በመላክ ላይ…
sending-percent = በመላክ ላይ… { $percent } %
upload-bytes = ከ{ $total } ሜጋባይት ውስጥ { $sent } ተልኳል
upload-time-left = { $minutes ->
    [one] ወደ { $minutes } ደቂቃ ቀርቷል
   *[other] ወደ { $minutes } ደቂቃ ቀርቷል
}
upload-time-soon = ከአንድ ደቂቃ ያነሰ ቀርቷል
upload-paused = ቆሟል። ለመቀጠል «ቀጥል» የሚለውን ይጫኑ።
upload-pause = አቁም
upload-resume = ቀጥል
not-answered = አልተመለሰም
yes = አዎ
no = አይ
consent-agree = አዎ፣ እስማማለሁ
optional = (ግዴታ አይደለም)

## Errors

error-prefix = ስህተት:
error-summary-title = ችግር አለ

## After sending

done-title = ማመልከቻው ተልኳል
done-reference = የመከታተያ ቁጥርዎ
done-keep = ይህን ቁጥር ይጻፉት፣ ወይም ፎቶ ያንሱት።
send-failed = ማመልከቻዎ ገና አልተላከም። መልሶችዎ አሁንም እዚህ አሉ። እባክዎ እንደገና ይሞክሩ።
send-rejected = ማመልከቻዎን መቀበል አልቻልንም። እባክዎ ያግኙን።
try-again = እንደገና ይሞክሩ
received = { $organisation } ተቀብሎታል። የመከታተያ ቁጥር: { $reference }።
outbox-kept = ደርሷል። ቅጂው እስከ { $when } ድረስ በዚህ መሣሪያ ላይ ይቆያል።
outbox-title = ለመላክ በመጠባበቅ ላይ
outbox-send-now = አሁን ይላኩ
offline-saved = በዚህ መሣሪያ ላይ ተቀምጧል። ኢንተርኔት ሲኖርዎት ይላካል።
only-on-page = ማመልከቻዎ በዚህ መሣሪያ ላይ ሊቀመጥ አልቻለም። ይህን ገጽ አይዝጉት፤ ኢንተርኔት ሲኖርዎት ይላካል።

## The start page

closed = ይህ ቅጽ ተዘግቷል። አዲስ ማመልከቻ አይቀበልም።
closed-draft = ይህ ቅጽ ተዘግቷል። መልሶችዎን አሁንም ማየት ይችላሉ። ስለ መላካቸው እባክዎ ያግኙን።
contact-intro = እርግጠኛ አይደሉም? መጀመሪያ ያነጋግሩን።
time-needed = የሚያስፈልገው ጊዜ: { $minutes ->
    [one] { $minutes } ደቂቃ
   *[other] { $minutes } ደቂቃ
}
closes = የመጨረሻ ቀን: { $date }
who-can-apply = ማን ማመልከት ይችላል

## When the form cannot open

cannot-open = ይቅርታ፣ ይህ ቅጽ አሁን ሊከፈት አይችልም።
cannot-open-next = እባክዎ ቆይተው እንደገና ይሞክሩ፣ ወይም ሊንኩን የሰጠዎትን ሰው ይጠይቁ።
details-for-organisers = ለአዘጋጆች የሚሆን ዝርዝር

## Repeated groups of questions

add-entry = ሌላ ይጨምሩ
remove-entry = ያስወግዱ
entry-number = ቁጥር { $n }

## Notices

files-not-ready = በዚህ ስሪት ፋይሎችን መቅዳት እና መጫን አይቻልም። እባክዎ መልስዎን በጽሑፍ ይግለጹ፣ ወይም ያግኙን።
new-version = አዲስ ስሪት ዝግጁ ነው። በሚቀጥለው ጊዜ ሥራ ላይ ይውላል።
storage-unavailable = መልሶችዎ በዚህ መሣሪያ ላይ ሊቀመጡ አይችሉም። እባክዎ በአንድ ጊዜ ይጨርሱ፣ ወይም እርዳታ ይጠይቁ።
offline-unavailable = ይህ መሣሪያ ይህን ቅጽ ያለ ኢንተርኔት ለመጠቀም ሊያስቀምጠው አይችልም። መሣሪያው ሞልቶ ሊሆን ይችላል። ቅጹ ኢንተርኔት እስካለዎት ድረስ ይሰራል።

## Answer checks

error-required = እባክዎ ይህን ጥያቄ ይመልሱ።
error-too-short = እባክዎ ቢያንስ { $min ->
    [one] { $min } ፊደል
   *[other] { $min } ፊደላት
} ይጻፉ።
error-too-long = እባክዎ ከ { $max ->
    [one] { $max } ፊደል
   *[other] { $max } ፊደላት
} በላይ አይጻፉ።
error-not-a-number = እባክዎ ቁጥር ይጻፉ፣ ለምሳሌ 250።
error-too-small = ቁጥሩ { $min } ወይም ከዚያ በላይ መሆን አለበት።
error-too-large = ቁጥሩ { $max } ወይም ከዚያ በታች መሆን አለበት።
error-not-whole-number = እባክዎ ሙሉ ቁጥር ይጻፉ፣ ያለ አስርዮሽ።
error-not-an-email = እባክዎ የኢሜይል አድራሻ ይጻፉ፣ ለምሳሌ name@example.com።
error-not-a-phone = እባክዎ የስልክ ቁጥር ይጻፉ፣ ለምሳሌ 07700 900123።
error-pattern-mismatch = እባክዎ ይህን መልስ ያረጋግጡ። በሚፈለገው መልክ አልተጻፈም።
error-not-a-date = እባክዎ ትክክለኛ ቀን ያስገቡ።
error-date-too-early = ቀኑ { $min } ወይም ከዚያ በኋላ መሆን አለበት።
error-date-too-late = ቀኑ { $max } ወይም ከዚያ በፊት መሆን አለበት።
error-not-a-choice = እባክዎ ከአማራጮቹ አንዱን ይምረጡ።
error-too-few-choices = እባክዎ ቢያንስ { $min ->
    [one] { $min } አማራጭ
   *[other] { $min } አማራጮች
} ይምረጡ።
error-too-many-choices = እባክዎ ከ { $max ->
    [one] { $max } አማራጭ
   *[other] { $max } አማራጮች
} በላይ አይምረጡ።
error-out-of-scale = እባክዎ በመለኪያው ላይ አንድ ነጥብ ይምረጡ።
error-must-consent = ለመስማማት እባክዎ ሳጥኑ ላይ ምልክት ያድርጉ።
error-file-type-not-allowed = ይህ ዓይነት ፋይል እዚህ መጠቀም አይቻልም።
error-file-too-large = ፋይሉ በጣም ትልቅ ነው። ገደቡ { $megabytes } MB ነው።
error-recording-too-long = ቅጂው በጣም ረጅም ነው። ገደቡ { $seconds ->
    [one] { $seconds } ሰከንድ
   *[other] { $seconds } ሰከንድ
} ነው።
error-wrong-kind = እባክዎ ይህን መልስ ያረጋግጡ።
error-too-few-entries = እባክዎ ቢያንስ { $min } ይጨምሩ።
error-too-many-entries = እባክዎ ከ { $max } በላይ አይጨምሩ።

## Dates and repeated entries

date-day = ቀን
date-month = ወር
date-year = ዓመት
move-up = ወደ ላይ አንቀሳቅስ
move-down = ወደ ታች አንቀሳቅስ

## Applications saved on this device

drafts-title = በዚህ መሣሪያ ላይ ያሉ ማመልከቻዎች
draft-edited = መጨረሻ የተቀየረው { $when }
draft-continue = ቀጥል
draft-delete = ሰርዝ
draft-delete-confirm = ይህ ማመልከቻ ይሰረዝ? መመለስ አይቻልም።
draft-delete-yes = አዎ፣ ሰርዘው
draft-delete-no = አይ፣ ይቆይ
start-new = አዲስ ማመልከቻ ጀምር
form-changed = ከጀመሩ በኋላ ይህ ቅጽ ተቀይሯል። አንዳንድ መልሶችዎ አሁን ለማይጠየቁ ጥያቄዎች ናቸው። በዚህ መሣሪያ ላይ ተቀምጠዋል፦

## Recording and files

record-why-video = መልስዎን በቪዲዮ ለመቅረጽ ይህ ገጽ ካሜራና ማይክሮፎን ለመጠቀም ይጠይቃል። ጀምር እስኪጫኑ ድረስ ምንም አይቀረጽም።
record-why-audio = መልስዎን ለመቅረጽ ይህ ገጽ ማይክሮፎን ለመጠቀም ይጠይቃል። ጀምር እስኪጫኑ ድረስ ምንም አይቀረጽም።
record-start = መቅረጽ ጀምር
record-stop = አቁም
record-again = እንደገና ቅረጽ
record-time = { $elapsed } ከ{ $limit }
choose-file = ወይም ከዚህ መሣሪያ ፋይል ይምረጡ
record-denied = ካሜራ ወይም ማይክሮፎን መጠቀም አይቻልም። ፋይል መምረጥ ወይም መልስዎን መጻፍ ይችላሉ።
record-unavailable = መቅረጽ በዚህ መሣሪያ ላይ አይሰራም። ፋይል መምረጥ ወይም መልስዎን መጻፍ ይችላሉ።
media-not-saved = ይህ ቅጂ ወይም ፋይል በዚህ መሣሪያ ላይ ሊቀመጥ አልቻለም። መሣሪያው ሞልቶ ሊሆን ይችላል። በምትኩ መልስዎን መጻፍ፣ ወይም እርዳታ መጠየቅ ይችላሉ።

## Shared tablet: a PIN protects an application

pin-title = መልሶችዎን በሚስጥር ቁጥር ይጠብቁ
pin-why = ይህን ታብሌት ብዙ ሰዎች ይጠቀሙበታል። ቅጽል ስም እና ከ4 እስከ 8 ቁጥሮች ያሉት የሚስጥር ቁጥር ይምረጡ። ማመልከቻዎን መክፈት የሚችለው የሚስጥር ቁጥሩን የሚያውቅ ሰው ብቻ ነው።
pin-nickname = ለማመልከቻዎ ቅጽል ስም
pin-nickname-hint = ሌሎች ሰዎች የሚያዩት ይህን ስም ብቻ ነው። እውነተኛ ስምዎን አይጠቀሙ።
pin-nickname-missing = ቅጽል ስም ይጻፉ።
pin-new = የሚስጥር ቁጥር ይምረጡ
pin-again = የሚስጥር ቁጥሩን እንደገና ይጻፉ
pin-use = ይጠብቁ እና ይጀምሩ
pin-skip = ያለ ሚስጥር ቁጥር ይጀምሩ
pin-working = መልሶችዎ እየተጠበቁ ነው…
pin-length = የሚስጥር ቁጥር ከ4 እስከ 8 ቁጥሮች አሉት።
pin-digits = የሚስጥር ቁጥር ቁጥሮችን ብቻ ይይዛል።
pin-mismatch = ሁለቱ የሚስጥር ቁጥሮች አንድ አይደሉም። እንደገና ይጻፏቸው።
pin-enter = የሚስጥር ቁጥርዎ
pin-open = ይክፈቱ
pin-wrong = ይህ የሚስጥር ቁጥር ትክክል አይደለም።
pin-wait = በ{ $time } እንደገና መሞከር ይችላሉ።
pin-protected = በሚስጥር ቁጥር የተጠበቀ
pin-unavailable = ይህ ታብሌት መልሶችን በሚስጥር ቁጥር መጠበቅ አይችልም። ሠራተኞችን እርዳታ ይጠይቁ።
lock-now = ማመልከቻዬን ይቆልፉ
finish-clear = ይጨርሱ እና ይህን ታብሌት ያጽዱ

## Keeping a copy of the answers

copy-title = የመልሶችዎን ቅጂ ይያዙ
copy-print = ያትሙ ወይም እንደ PDF ያስቀምጡ
copy-download = መልሶቼን ያውርዱ

## Answering a written question another way

mode-legend = እንዴት መመለስ ይፈልጋሉ?
mode-write = ይጻፉት
mode-say = ከመጻፍ ይልቅ ድምፅዎን ይቅረጹ
mode-film = ከመጻፍ ይልቅ በቪዲዮ ይቅረጹ

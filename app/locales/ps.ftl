# Seedform interface — Pashto (ps)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Polite plural "تاسو" forms.
# Plural categories (CLDR): one, other.

language-name = پښتو
language-switcher = ژبه

## Moving through the form

loading = فورمه پرانیستل کېږي…
continue = ادامه
back = شاته
start = اوس پیل کړئ
change = بدلول
progress = پوښتنه { $current } له { $total } څخه
listen = واورئ
listen-stop = ودروئ

## Check your answers and send

check-title = خپل ځوابونه وګورئ
check-intro = خپل ځوابونه وګورئ. تاسو کولی شئ هغه بدل کړئ.
submit = زما غوښتنلیک ولېږئ
sending = لېږل کېږي…
sending-percent = لېږل کېږي… { $percent }٪
upload-bytes = { $sent } له { $total } میګابایټه
upload-time-left = { $minutes ->
    [one] شاوخوا { $minutes } دقیقه پاتې ده
   *[other] شاوخوا { $minutes } دقیقې پاتې دي
}
upload-time-soon = له یوې دقیقې لږ وخت پاتې دی
upload-paused = ودرول شو. د دوام لپاره «دوام» کېکاږئ.
upload-pause = ودرول
upload-resume = دوام
not-answered = ځواب نه دی ورکړل شوی
yes = هو
no = نه
consent-agree = هو، زه موافق یم
optional = (اختیاري)

## Errors

error-prefix = تېروتنه:
error-summary-title = یوه ستونزه شته

## After sending

done-title = غوښتنلیک ولېږل شو
done-reference = ستاسو د تعقیب شمېره
done-keep = دا شمېره ولیکئ، یا یې عکس واخلئ.
send-failed = ستاسو غوښتنلیک لا نه دی لېږل شوی. ستاسو ځوابونه لا هم دلته دي. مهرباني وکړئ بیا هڅه وکړئ.
send-rejected = ستاسو غوښتنلیک ونه منل شو. مهرباني وکړئ له موږ سره اړیکه ونیسئ.
try-again = بیا هڅه وکړئ
received = { $organisation } ترلاسه کړ. د تعقیب شمېره: { $reference }.
outbox-kept = ترلاسه شو. یوه کاپي تر { $when } پورې په دې وسیله کې پاتې کېږي.
outbox-title = د لېږلو په تمه
outbox-send-now = اوس یې ولېږئ
offline-saved = په دې وسیله کې خوندي شو. کله چې انټرنېټ ته وصل شئ، لېږل کېږي.
only-on-page = ستاسو غوښتنلیک په دې وسیله کې خوندي نه شو. دا پاڼه خلاصه وساتئ: کله چې انټرنېټ ته وصل شئ، لېږل کېږي.

## The start page

closed = دا فورمه تړل شوې ده. نوي غوښتنلیکونه نه اخلي.
closed-draft = دا فورمه تړل شوې ده. تاسو لا هم خپل ځوابونه لیدلی شئ. مهرباني وکړئ د هغو د لېږلو په اړه له موږ سره اړیکه ونیسئ.
contact-intro = ډاډه نه یاست؟ لومړی له موږ سره خبرې وکړئ.
time-needed = اړین وخت: { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقې
}
closes = وروستۍ نېټه: { $date }
who-can-apply = څوک غوښتنلیک ورکولی شي

## When the form cannot open

cannot-open = بښنه غواړو، دا فورمه اوس نه پرانیستل کېږي.
cannot-open-next = مهرباني وکړئ وروسته بیا هڅه وکړئ، یا له هغه چا وپوښتئ چې تاسو ته یې لینک درکړی.
details-for-organisers = د تنظیموونکو لپاره معلومات

## Repeated groups of questions

add-entry = بل یو زیات کړئ
remove-entry = لرې کړئ
entry-number = توکی { $n }

## Notices

files-not-ready = په دې نسخه کې د فایلونو ثبتول او پورته کول نشته. مهرباني وکړئ خپل ځواب ولیکئ، یا له موږ سره اړیکه ونیسئ.
new-version = نوې نسخه چمتو ده. بل ځل به وکارول شي.
storage-unavailable = ستاسو ځوابونه په دې وسیله کې نه شي خوندي کېدای. مهرباني وکړئ فورمه په یو ځل بشپړه کړئ، یا مرسته وغواړئ.
offline-unavailable = دا وسیله نشي کولای دا فورم پرته له انټرنېټه د کارولو لپاره وساتي. کېدای شي د وسیلې حافظه ډکه وي. فورم تر هغه وخته کار کوي چې تاسو انټرنېټ ته وصل یاست.

## Answer checks

error-required = مهرباني وکړئ دې پوښتنې ته ځواب ورکړئ.
error-too-short = مهرباني وکړئ لږ تر لږه { $min ->
    [one] { $min } توری
   *[other] { $min } توري
} ولیکئ.
error-too-long = مهرباني وکړئ له { $max ->
    [one] { $max } توري
   *[other] { $max } تورو
} زیات مه لیکئ.
error-not-a-number = مهرباني وکړئ یوه شمېره ولیکئ، لکه 250.
error-too-small = شمېره باید { $min } یا له هغې زیاته وي.
error-too-large = شمېره باید { $max } یا له هغې کمه وي.
error-not-whole-number = مهرباني وکړئ بشپړه شمېره ولیکئ، بې له اعشاریې.
error-not-an-email = مهرباني وکړئ د برېښنالیک پته ولیکئ، لکه name@example.com.
error-not-a-phone = مهرباني وکړئ د ټیلیفون شمېره ولیکئ، لکه 07700 900123.
error-pattern-mismatch = مهرباني وکړئ دا ځواب وګورئ. په سمه بڼه نه دی.
error-not-a-date = مهرباني وکړئ سمه نېټه ولیکئ.
error-date-too-early = نېټه باید { $min } یا له هغې وروسته وي.
error-date-too-late = نېټه باید { $max } یا له هغې مخکې وي.
error-not-a-choice = مهرباني وکړئ له ځوابونو څخه یو وټاکئ.
error-too-few-choices = مهرباني وکړئ لږ تر لږه { $min ->
    [one] { $min } ځواب
   *[other] { $min } ځوابونه
} وټاکئ.
error-too-many-choices = مهرباني وکړئ له { $max ->
    [one] { $max } ځواب
   *[other] { $max } ځوابونو
} زیات مه ټاکئ.
error-out-of-scale = مهرباني وکړئ په پیمانه کې یوه درجه وټاکئ.
error-must-consent = مهرباني وکړئ د موافقې لپاره په خانه کې نښه ولګوئ.
error-file-type-not-allowed = دا ډول فایل دلته نه شي کارول کېدای.
error-file-too-large = فایل ډېر لوی دی. تر ټولو زیات { $megabytes } MB کېدای شي.
error-recording-too-long = ثبت ډېر اوږد دی. تر ټولو زیات { $seconds ->
    [one] { $seconds } ثانیه
   *[other] { $seconds } ثانیې
} کېدای شي.
error-wrong-kind = مهرباني وکړئ دا ځواب وګورئ.
error-too-few-entries = مهرباني وکړئ لږ تر لږه { $min } زیات کړئ.
error-too-many-entries = مهرباني وکړئ له { $max } څخه ډېر مه زیاتوئ.

## Dates and repeated entries

date-day = ورځ
date-month = میاشت
date-year = کال
move-up = پورته یې کړئ
move-down = ښکته یې کړئ

## Applications saved on this device

drafts-title = په دې وسیله کې غوښتنلیکونه
draft-edited = وروستی بدلون { $when }
draft-continue = دوام ورکړئ
draft-delete = ړنګ یې کړئ
draft-delete-confirm = دا غوښتنلیک ړنګ کړو؟ بیا نه راګرځي.
draft-delete-yes = هو، ړنګ یې کړئ
draft-delete-no = نه، وې ساتئ
start-new = نوی غوښتنلیک پیل کړئ
form-changed = دا فورمه له هغه وخته چې تاسو پیل کړې بدله شوې ده. ستاسو ځینې ځوابونه د هغو پوښتنو دي چې نور پکې نشته. دوی په دې وسیله کې ساتل شوي دي:

## Recording and files

record-why-video = د خپل ځواب د ویډیو لپاره، دا پاڼه به ستاسو کمره او مایکروفون وغواړي. تر هغه چې پیل ونه کړئ، هېڅ نه ثبتېږي.
record-why-audio = د خپل ځواب د ثبتولو لپاره، دا پاڼه به ستاسو مایکروفون وغواړي. تر هغه چې پیل ونه کړئ، هېڅ نه ثبتېږي.
record-start = ثبت پیل کړئ
record-stop = ودرول
record-again = بیا ثبت کړئ
record-time = { $elapsed } له { $limit }
choose-file = یا له دې وسیلې یوه فایل وټاکئ
record-denied = کمره یا مایکروفون نه کارول کېږي. تاسو کولای شئ فایل وټاکئ، یا خپل ځواب ولیکئ.
record-unavailable = ثبتول په دې وسیله کار نه کوي. تاسو کولای شئ فایل وټاکئ، یا خپل ځواب ولیکئ.
media-not-saved = دا ثبت یا فایل په دې وسیله کې خوندي نه شو. کېدای شي د وسیلې حافظه ډکه وي. تاسو کولای شئ پر ځای یې خپل ځواب ولیکئ، یا مرسته وغواړئ.

## Shared tablet: a PIN protects an application

pin-title = خپل ځوابونه په پن کوډ خوندي کړئ
pin-why = دا ټابلیټ څو کسان کاروي. یو مستعار نوم او له 4 تر 8 شمېرو یو پن کوډ وټاکئ. یوازې هغه څوک چې پن کوډ ورته معلوم وي، ستاسو غوښتنلیک پرانیستلی شي.
pin-nickname = ستاسو د غوښتنلیک لپاره یو مستعار نوم
pin-nickname-hint = نور خلک به یوازې دا نوم وویني. خپل اصلي نوم مه کاروئ.
pin-nickname-missing = یو مستعار نوم ولیکئ.
pin-new = یو پن کوډ وټاکئ
pin-again = پن کوډ بیا ولیکئ
pin-use = خوندي کړئ او پیل کړئ
pin-skip = بې له پن کوډ پیل کړئ
pin-working = ستاسو ځوابونه خوندي کېږي…
pin-length = پن کوډ له 4 تر 8 شمېرې لري.
pin-digits = پن کوډ یوازې شمېرې لري.
pin-mismatch = دواړه پن کوډونه یو شان نه دي. بیا یې ولیکئ.
pin-enter = ستاسو پن کوډ
pin-open = پرانیزئ
pin-wrong = دا پن کوډ سم نه دی.
pin-wait = تاسو کولی شئ په { $time } بیا هڅه وکړئ.
pin-protected = په پن کوډ خوندي
pin-unavailable = دا ټابلیټ نه شي کولی ځوابونه په پن کوډ خوندي کړي. له کارکوونکو مرسته وغواړئ.
lock-now = زما غوښتنلیک قلف کړئ
finish-clear = پای ته یې ورسوئ او دا ټابلیټ پاک کړئ

## Keeping a copy of the answers

copy-title = د خپلو ځوابونو یوه کاپي وساتئ
copy-print = چاپ یې کړئ یا د PDF په توګه یې خوندي کړئ
copy-download = زما ځوابونه ډاونلوډ کړئ

## Answering a written question another way

mode-legend = څنګه غواړئ ځواب ورکړئ؟
mode-write = ځواب ولیکئ
mode-say = د لیکلو پر ځای غږ ثبت کړئ
mode-film = د لیکلو پر ځای ویډیو ثبت کړئ

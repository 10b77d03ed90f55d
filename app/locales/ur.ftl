# Seedform interface — Urdu (ur)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Polite "آپ" forms. English loanwords that people use every day (فارم، فون، ای میل، ڈیوائس) are kept.
# Plural categories (CLDR): one, other.

language-name = اردو
language-switcher = زبان

## Moving through the form

loading = فارم کھل رہا ہے…
continue = جاری رکھیں
back = واپس
start = ابھی شروع کریں
change = تبدیل کریں
progress = { $total } میں سے سوال { $current }
listen = سنیں
listen-stop = روکیں

## Check your answers and send

check-title = اپنے جوابات چیک کریں
check-intro = اپنے جوابات دیکھیں۔ آپ انہیں بدل سکتے ہیں۔
submit = میری درخواست بھیجیں
sending = بھیجی جا رہی ہے…
sending-percent = بھیجی جا رہی ہے… { $percent }٪
upload-bytes = { $total } میں سے { $sent } میگا بائٹ
upload-time-left = { $minutes ->
    [one] تقریباً { $minutes } منٹ باقی
   *[other] تقریباً { $minutes } منٹ باقی
}
upload-time-soon = ایک منٹ سے کم باقی
upload-paused = روک دیا گیا۔ جاری رکھنے کے لیے «جاری رکھیں» دبائیں۔
upload-pause = روکیں
upload-resume = جاری رکھیں
not-answered = جواب نہیں دیا گیا
yes = ہاں
no = نہیں
consent-agree = ہاں، میں متفق ہوں
optional = (اختیاری)

## Errors

error-prefix = غلطی:
error-summary-title = ایک مسئلہ ہے

## After sending

done-title = درخواست بھیج دی گئی
done-reference = آپ کا حوالہ نمبر
done-keep = یہ نمبر لکھ لیں، یا اس کی تصویر لے لیں۔
send-failed = آپ کی درخواست ابھی نہیں بھیجی گئی۔ آپ کے جوابات ابھی یہیں ہیں۔ براہ کرم دوبارہ کوشش کریں۔
send-rejected = آپ کی درخواست قبول نہیں ہو سکی۔ براہ کرم ہم سے رابطہ کریں۔
try-again = دوبارہ کوشش کریں
received = { $organisation } کو موصول ہو گئی۔ حوالہ نمبر: { $reference }۔
outbox-kept = موصول ہو گئی۔ ایک نقل { $when } تک اس آلے پر رہے گی۔
outbox-title = بھیجنے کے انتظار میں
outbox-send-now = ابھی بھیجیں
offline-saved = اس ڈیوائس پر محفوظ ہو گئی۔ جب آپ آن لائن ہوں گے تو بھیج دی جائے گی۔
only-on-page = آپ کی درخواست اس ڈیوائس پر محفوظ نہیں ہو سکی۔ یہ صفحہ کھلا رکھیں: جب آپ آن لائن ہوں گے تو بھیج دی جائے گی۔

## The start page

closed = یہ فارم بند ہے۔ اس میں نئی درخواستیں نہیں لی جا رہیں۔
closed-draft = یہ فارم بند ہو گیا ہے۔ آپ اب بھی اپنے جوابات دیکھ سکتے ہیں۔ انہیں بھیجنے کے لیے براہ کرم ہم سے رابطہ کریں۔
contact-intro = یقین نہیں ہے؟ پہلے ہم سے بات کریں۔
time-needed = درکار وقت: { $minutes ->
    [one] { $minutes } منٹ
   *[other] { $minutes } منٹ
}
closes = آخری تاریخ: { $date }
who-can-apply = کون درخواست دے سکتا ہے

## When the form cannot open

cannot-open = معذرت، یہ فارم ابھی نہیں کھل سکتا۔
cannot-open-next = براہ کرم بعد میں دوبارہ کوشش کریں، یا اس شخص سے پوچھیں جس نے آپ کو لنک دیا تھا۔
details-for-organisers = منتظمین کے لیے تفصیلات

## Repeated groups of questions

add-entry = ایک اور شامل کریں
remove-entry = ہٹائیں
entry-number = اندراج { $n }

## Notices

files-not-ready = اس ورژن میں فائلیں ریکارڈ یا اپ لوڈ نہیں ہو سکتیں۔ براہ کرم اپنا جواب لکھ کر دیں، یا ہم سے رابطہ کریں۔
new-version = نیا ورژن تیار ہے۔ یہ اگلی بار استعمال ہو گا۔
storage-unavailable = آپ کے جوابات اس ڈیوائس پر محفوظ نہیں ہو سکتے۔ براہ کرم فارم ایک ہی بار میں مکمل کریں، یا مدد مانگیں۔
offline-unavailable = یہ ڈیوائس اس فارم کو انٹرنیٹ کے بغیر استعمال کے لیے محفوظ نہیں رکھ سکتی۔ ہو سکتا ہے ڈیوائس بھری ہوئی ہو۔ جب تک آپ آن لائن ہیں، فارم کام کرتا ہے۔

## Answer checks

error-required = براہ کرم اس سوال کا جواب دیں۔
error-too-short = براہ کرم کم از کم { $min ->
    [one] { $min } حرف
   *[other] { $min } حروف
} لکھیں۔
error-too-long = براہ کرم { $max ->
    [one] { $max } حرف
   *[other] { $max } حروف
} سے زیادہ نہ لکھیں۔
error-not-a-number = براہ کرم ایک عدد لکھیں، جیسے 250۔
error-too-small = عدد { $min } یا اس سے زیادہ ہونا چاہیے۔
error-too-large = عدد { $max } یا اس سے کم ہونا چاہیے۔
error-not-whole-number = براہ کرم پورا عدد لکھیں، اعشاریہ کے بغیر۔
error-not-an-email = براہ کرم ای میل ایڈریس لکھیں، جیسے name@example.com
error-not-a-phone = براہ کرم فون نمبر لکھیں، جیسے 07700 900123
error-pattern-mismatch = براہ کرم یہ جواب چیک کریں۔ یہ درست شکل میں نہیں ہے۔
error-not-a-date = براہ کرم صحیح تاریخ لکھیں۔
error-date-too-early = تاریخ { $min } یا اس کے بعد کی ہونی چاہیے۔
error-date-too-late = تاریخ { $max } یا اس سے پہلے کی ہونی چاہیے۔
error-not-a-choice = براہ کرم دیے گئے جوابات میں سے ایک چنیں۔
error-too-few-choices = براہ کرم کم از کم { $min ->
    [one] { $min } جواب
   *[other] { $min } جوابات
} چنیں۔
error-too-many-choices = براہ کرم { $max ->
    [one] { $max } جواب
   *[other] { $max } جوابات
} سے زیادہ نہ چنیں۔
error-out-of-scale = براہ کرم پیمانے پر ایک درجہ چنیں۔
error-must-consent = اتفاق کے لیے براہ کرم خانے پر نشان لگائیں۔
error-file-type-not-allowed = اس قسم کی فائل یہاں استعمال نہیں ہو سکتی۔
error-file-too-large = فائل بہت بڑی ہے۔ حد { $megabytes } MB ہے۔
error-recording-too-long = ریکارڈنگ بہت لمبی ہے۔ حد { $seconds ->
    [one] { $seconds } سیکنڈ
   *[other] { $seconds } سیکنڈ
} ہے۔
error-wrong-kind = براہ کرم یہ جواب چیک کریں۔
error-too-few-entries = براہ کرم کم از کم { $min } شامل کریں۔
error-too-many-entries = براہ کرم { $max } سے زیادہ شامل نہ کریں۔

## Dates and repeated entries

date-day = دن
date-month = مہینہ
date-year = سال
move-up = اوپر لے جائیں
move-down = نیچے لے جائیں

## Applications saved on this device

drafts-title = اس آلے پر درخواستیں
draft-edited = آخری تبدیلی { $when }
draft-continue = جاری رکھیں
draft-delete = مٹا دیں
draft-delete-confirm = کیا یہ درخواست مٹا دیں؟ یہ واپس نہیں ہو سکتی۔
draft-delete-yes = ہاں، مٹا دیں
draft-delete-no = نہیں، رہنے دیں
start-new = نئی درخواست شروع کریں
form-changed = جب سے آپ نے شروع کیا، یہ فارم بدل گیا ہے۔ آپ کے کچھ جوابات ان سوالوں کے ہیں جو اب اس میں نہیں ہیں۔ وہ اس آلے پر محفوظ ہیں:

## Recording and files

record-why-video = اپنا جواب فلمانے کے لیے یہ صفحہ کیمرہ اور مائیکروفون کی اجازت مانگے گا۔ جب تک آپ شروع نہ دبائیں، کچھ ریکارڈ نہیں ہوتا۔
record-why-audio = اپنا جواب ریکارڈ کرنے کے لیے یہ صفحہ مائیکروفون کی اجازت مانگے گا۔ جب تک آپ شروع نہ دبائیں، کچھ ریکارڈ نہیں ہوتا۔
record-start = ریکارڈنگ شروع کریں
record-stop = روکیں
record-again = دوبارہ ریکارڈ کریں
record-time = { $elapsed } میں سے { $limit }
choose-file = یا اس آلے سے کوئی فائل چنیں
record-denied = کیمرہ یا مائیکروفون استعمال نہیں ہو سکتا۔ آپ فائل چن سکتے ہیں یا اپنا جواب لکھ سکتے ہیں۔
record-unavailable = اس آلے پر ریکارڈنگ کام نہیں کرتی۔ آپ فائل چن سکتے ہیں یا اپنا جواب لکھ سکتے ہیں۔
media-not-saved = یہ ریکارڈنگ یا فائل اس ڈیوائس پر محفوظ نہیں ہو سکی۔ ہو سکتا ہے ڈیوائس بھری ہوئی ہو۔ آپ اس کے بجائے اپنا جواب لکھ سکتے ہیں، یا مدد مانگ سکتے ہیں۔

## Shared tablet: a PIN protects an application

pin-title = اپنے جوابات کو پن سے محفوظ کریں
pin-why = یہ ٹیبلٹ کئی لوگ استعمال کرتے ہیں۔ ایک فرضی نام اور 4 سے 8 ہندسوں کا پن چنیں۔ صرف وہی شخص آپ کی درخواست کھول سکتا ہے جسے پن معلوم ہو۔
pin-nickname = آپ کی درخواست کے لیے ایک فرضی نام
pin-nickname-hint = دوسرے لوگ صرف یہی نام دیکھیں گے۔ اپنا اصلی نام استعمال نہ کریں۔
pin-nickname-missing = ایک فرضی نام لکھیں۔
pin-new = ایک پن چنیں
pin-again = پن دوبارہ لکھیں
pin-use = محفوظ کریں اور شروع کریں
pin-skip = پن کے بغیر شروع کریں
pin-working = آپ کے جوابات محفوظ کیے جا رہے ہیں…
pin-length = پن میں 4 سے 8 ہندسے ہوتے ہیں۔
pin-digits = پن میں صرف ہندسے ہوتے ہیں۔
pin-mismatch = دونوں پن ایک جیسے نہیں ہیں۔ انہیں دوبارہ لکھیں۔
pin-enter = آپ کا پن
pin-open = کھولیں
pin-wrong = یہ پن درست نہیں ہے۔
pin-wait = آپ { $time } بجے دوبارہ کوشش کر سکتے ہیں۔
pin-protected = پن سے محفوظ
pin-unavailable = یہ ٹیبلٹ جوابات کو پن سے محفوظ نہیں کر سکتا۔ عملے سے مدد مانگیں۔
lock-now = میری درخواست لاک کریں
finish-clear = ختم کریں اور یہ ٹیبلٹ صاف کریں

## Keeping a copy of the answers

copy-title = اپنے جوابات کی ایک کاپی رکھیں
copy-print = پرنٹ کریں یا PDF کے طور پر محفوظ کریں
copy-download = میرے جوابات ڈاؤن لوڈ کریں

## Answering a written question another way

mode-legend = آپ جواب کیسے دینا چاہتے ہیں؟
mode-write = لکھ کر جواب دیں
mode-say = لکھنے کے بجائے آواز ریکارڈ کریں
mode-film = لکھنے کے بجائے ویڈیو ریکارڈ کریں

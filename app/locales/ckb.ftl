# Seedform interface — Central Kurdish / Sorani (ckb)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Sorani in Arabic script. Friendly "تۆ" forms, as in most Sorani apps. Nouns stay singular after a number.
# Plural categories (CLDR): one, other.

language-name = کوردی
language-switcher = زمان

## Moving through the form

loading = فۆرمەکە دەکرێتەوە…
continue = بەردەوام بە
back = گەڕانەوە
start = ئێستا دەست پێ بکە
change = گۆڕین
progress = پرسیاری { $current } لە { $total }
listen = گوێ بگرە
listen-stop = ڕاگرتن

## Check your answers and send

check-title = وەڵامەکانت بپشکنە
check-intro = سەیری وەڵامەکانت بکە. دەتوانیت بیانگۆڕیت.
submit = داواکارییەکەم بنێرە
sending = دەنێردرێت…
sending-percent = دەنێردرێت… { $percent }٪
upload-bytes = { $sent } لە { $total } مێگابایت
upload-time-left = { $minutes ->
    [one] نزیکەی { $minutes } خولەک ماوە
   *[other] نزیکەی { $minutes } خولەک ماوە
}
upload-time-soon = کەمتر لە خولەکێک ماوە
upload-paused = ڕاگیرا. بۆ بەردەوامبوون «بەردەوامبە» دابگرە.
upload-pause = ڕاگرتن
upload-resume = بەردەوامبە
not-answered = وەڵام نەدراوەتەوە
yes = بەڵێ
no = نەخێر
consent-agree = بەڵێ، ڕازیم
optional = (ئارەزوومەندانە)

## Errors

error-prefix = هەڵە:
error-summary-title = کێشەیەک هەیە

## After sending

done-title = داواکارییەکە نێردرا
done-reference = ژمارەی بەدواداچوونی تۆ
done-keep = ئەم ژمارەیە بنووسە، یان وێنەیەکی لێ بگرە.
send-failed = داواکارییەکەت هێشتا نەنێردراوە. وەڵامەکانت هێشتا لێرەن. تکایە دووبارە هەوڵ بدەرەوە.
send-rejected = داواکارییەکەت وەرنەگیرا. تکایە پەیوەندیمان پێوە بکە.
try-again = دووبارە هەوڵ بدەرەوە
received = { $organisation } وەریگرت. ژمارەی بەدواداچوون: { $reference }.
outbox-kept = وەرگیرا. کۆپییەک تا { $when } لەسەر ئەم ئامێرە دەمێنێتەوە.
outbox-title = چاوەڕێی ناردن
outbox-send-now = ئێستا بینێرە
offline-saved = لەسەر ئەم ئامێرە پاشەکەوت کرا. کاتێک ئینتەرنێتت هەبێت، دەنێردرێت.
only-on-page = داواکارییەکەت لەسەر ئەم ئامێرە پاشەکەوت نەکرا. ئەم پەڕەیە بە کراوەیی بهێڵەوە: کاتێک ئینتەرنێتت هەبێت، دەنێردرێت.

## The start page

closed = ئەم فۆرمە داخراوە. داواکاریی نوێ وەرناگرێت.
closed-draft = ئەم فۆرمە داخرا. هێشتا دەتوانیت سەیری وەڵامەکانت بکەیت. تکایە بۆ ناردنیان پەیوەندیمان پێوە بکە.
contact-intro = دڵنیا نیت؟ سەرەتا قسەمان لەگەڵ بکە.
time-needed = کاتی پێویست: { $minutes ->
    [one] { $minutes } خولەک
   *[other] { $minutes } خولەک
}
closes = دوا ڕۆژ: { $date }
who-can-apply = کێ دەتوانێت داواکاری پێشکەش بکات

## When the form cannot open

cannot-open = ببورە، ئێستا ئەم فۆرمە ناکرێتەوە.
cannot-open-next = تکایە دواتر دووبارە هەوڵ بدەرەوە، یان پرسیار لەو کەسە بکە کە بەستەرەکەی پێدایت.
details-for-organisers = وردەکاری بۆ ڕێکخەران

## Repeated groups of questions

add-entry = یەکێکی تر زیاد بکە
remove-entry = لابردن
entry-number = بڕگەی { $n }

## Notices

files-not-ready = تۆمارکردن و بارکردنی فایل لەم وەشانەدا نییە. تکایە وەڵامەکەت بنووسە، یان پەیوەندیمان پێوە بکە.
new-version = وەشانێکی نوێ ئامادەیە. جاری داهاتوو بەکاردەهێنرێت.
storage-unavailable = وەڵامەکانت لەسەر ئەم ئامێرە پاشەکەوت ناکرێن. تکایە فۆرمەکە بە یەک جار تەواو بکە، یان داوای یارمەتی بکە.
offline-unavailable = ئەم ئامێرە ناتوانێت ئەم فۆرمە بۆ بەکارهێنان بەبێ ئینتەرنێت هەڵبگرێت. لەوانەیە ئامێرەکە پڕ بێت. فۆرمەکە کار دەکات تا ئەو کاتەی ئینتەرنێتت هەیە.

## Answer checks

error-required = تکایە وەڵامی ئەم پرسیارە بدەرەوە.
error-too-short = تکایە لانیکەم { $min ->
    [one] { $min } پیت
   *[other] { $min } پیت
} بنووسە.
error-too-long = تکایە لە { $max ->
    [one] { $max } پیت
   *[other] { $max } پیت
} زیاتر مەنووسە.
error-not-a-number = تکایە ژمارەیەک بنووسە، وەک 250.
error-too-small = ژمارەکە دەبێت { $min } یان زیاتر بێت.
error-too-large = ژمارەکە دەبێت { $max } یان کەمتر بێت.
error-not-whole-number = تکایە ژمارەیەکی تەواو بنووسە، بێ خاڵی دەیی.
error-not-an-email = تکایە ناونیشانی ئیمەیڵ بنووسە، وەک name@example.com.
error-not-a-phone = تکایە ژمارەی تەلەفۆن بنووسە، وەک 07700 900123.
error-pattern-mismatch = تکایە ئەم وەڵامە بپشکنە. بە شێوەی پێویست نییە.
error-not-a-date = تکایە بەروارێکی دروست بنووسە.
error-date-too-early = بەروارەکە دەبێت { $min } یان دوای ئەوە بێت.
error-date-too-late = بەروارەکە دەبێت { $max } یان پێش ئەوە بێت.
error-not-a-choice = تکایە یەکێک لە بژاردەکان هەڵبژێرە.
error-too-few-choices = تکایە لانیکەم { $min ->
    [one] { $min } بژاردە
   *[other] { $min } بژاردە
} هەڵبژێرە.
error-too-many-choices = تکایە لە { $max ->
    [one] { $max } بژاردە
   *[other] { $max } بژاردە
} زیاتر هەڵمەبژێرە.
error-out-of-scale = تکایە خاڵێک لەسەر پێوەرەکە هەڵبژێرە.
error-must-consent = تکایە بۆ ڕازیبوون، نیشانە لە چوارگۆشەکە بدە.
error-file-type-not-allowed = ئەم جۆرە فایلە لێرە بەکارناهێنرێت.
error-file-too-large = فایلەکە زۆر گەورەیە. سنووری قەبارە: { $megabytes } MB.
error-recording-too-long = تۆمارەکە زۆر درێژە. سنووری کات: { $seconds ->
    [one] { $seconds } چرکە
   *[other] { $seconds } چرکە
}.
error-wrong-kind = تکایە ئەم وەڵامە بپشکنە.
error-too-few-entries = تکایە لانیکەم { $min } زیاد بکە.
error-too-many-entries = تکایە لە { $max } زیاتر زیاد مەکە.

## Dates and repeated entries

date-day = ڕۆژ
date-month = مانگ
date-year = ساڵ
move-up = بیبە سەرەوە
move-down = بیبە خوارەوە

## Applications saved on this device

drafts-title = داواکارییەکان لەم ئامێرەدا
draft-edited = دوایین گۆڕان { $when }
draft-continue = بەردەوام بە
draft-delete = بیسڕەوە
draft-delete-confirm = ئەم داواکارییە بسڕیتەوە؟ ناگەڕێتەوە.
draft-delete-yes = بەڵێ، بیسڕەوە
draft-delete-no = نەخێر، بیهێڵەوە
start-new = داواکارییەکی نوێ دەست پێ بکە
form-changed = ئەم فۆرمە گۆڕاوە لەوەتەی دەستت پێکردووە. هەندێک لە وەڵامەکانت بۆ ئەو پرسیارانەن کە چیتر تێیدا نین. لەسەر ئەم ئامێرە پارێزراون:

## Recording and files

record-why-video = بۆ وێنەگرتنی وەڵامەکەت، ئەم پەڕەیە داوای کامێرا و مایکرۆفۆن دەکات. هیچ تۆمار ناکرێت تا دەست پێ بکە دانەگریت.
record-why-audio = بۆ تۆمارکردنی وەڵامەکەت، ئەم پەڕەیە داوای مایکرۆفۆن دەکات. هیچ تۆمار ناکرێت تا دەست پێ بکە دانەگریت.
record-start = دەست بە تۆمارکردن بکە
record-stop = ڕاگرتن
record-again = دووبارە تۆمار بکە
record-time = { $elapsed } لە { $limit }
choose-file = یان فایلێک لەم ئامێرە هەڵبژێرە
record-denied = کامێرا یان مایکرۆفۆن بەکارناهێنرێت. دەتوانیت فایلێک هەڵبژێریت، یان وەڵامەکەت بنووسیت.
record-unavailable = تۆمارکردن لەم ئامێرەدا کار ناکات. دەتوانیت فایلێک هەڵبژێریت، یان وەڵامەکەت بنووسیت.
media-not-saved = ئەم تۆمارکردنە یان فایلە لەسەر ئەم ئامێرە پاشەکەوت نەکرا. لەوانەیە ئامێرەکە پڕ بێت. دەتوانیت لە جیاتی ئەوە وەڵامەکەت بنووسیت، یان داوای یارمەتی بکەیت.

## Shared tablet: a PIN protects an application

pin-title = وەڵامەکانت بە کۆدی نهێنی بپارێزە
pin-why = چەند کەسێک ئەم تابلێتە بەکاردەهێنن. نازناوێک و کۆدێکی نهێنی لە 4 تا 8 ژمارە هەڵبژێرە. تەنها کەسێک کە کۆدەکە دەزانێت دەتوانێت داواکارییەکەت بکاتەوە.
pin-nickname = نازناوێک بۆ داواکارییەکەت
pin-nickname-hint = خەڵکی تر تەنها ئەم ناوە دەبینن. ناوی ڕاستەقینەی خۆت بەکار مەهێنە.
pin-nickname-missing = نازناوێک بنووسە.
pin-new = کۆدێکی نهێنی هەڵبژێرە
pin-again = کۆدەکە دووبارە بنووسەوە
pin-use = بیپارێزە و دەست پێ بکە
pin-skip = بەبێ کۆدی نهێنی دەست پێ بکە
pin-working = وەڵامەکانت دەپارێزرێن…
pin-length = کۆدی نهێنی 4 تا 8 ژمارەیە.
pin-digits = کۆدی نهێنی تەنها ژمارەیە.
pin-mismatch = دوو کۆدەکە وەک یەک نین. دووبارە بیاننووسەوە.
pin-enter = کۆدی نهێنیت
pin-open = بیکەرەوە
pin-wrong = ئەم کۆدە دروست نییە.
pin-wait = دەتوانیت لە کاتژمێر { $time } دووبارە هەوڵ بدەیتەوە.
pin-protected = بە کۆدی نهێنی پارێزراوە
pin-unavailable = ئەم تابلێتە ناتوانێت وەڵامەکان بە کۆدی نهێنی بپارێزێت. داوای یارمەتی لە کارمەندان بکە.
lock-now = داواکارییەکەم قوفڵ بکە
finish-clear = تەواوی بکە و ئەم تابلێتە پاک بکەرەوە

## Keeping a copy of the answers

copy-title = کۆپییەک لە وەڵامەکانت هەڵبگرە
copy-print = چاپی بکە یان وەک PDF پاشەکەوتی بکە
copy-download = وەڵامەکانم دابگرە

## Answering a written question another way

mode-legend = چۆن دەتەوێت وەڵام بدەیتەوە؟
mode-write = بینووسە
mode-say = لە جیاتی نووسین، دەنگت تۆمار بکە
mode-film = لە جیاتی نووسین، ڤیدیۆ تۆمار بکە

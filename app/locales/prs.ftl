# Seedform interface — Dari (prs)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Afghan Dari words are used where they differ from Iranian Persian (بلی، نخیر، نمبر، تیلفون، فورم، کوشش، انترنت).
# Dari uses the singular noun after a number, so both plural variants read the same.
# Plural categories (CLDR, same as fa): one, other.

language-name = دری
language-switcher = زبان

## Moving through the form

loading = فورم باز می‌شود…
continue = ادامه
back = پس
start = حالا شروع کنید
change = تغییر
progress = سوال { $current } از { $total }
listen = بشنوید
listen-stop = توقف

## Check your answers and send

check-title = جواب‌های خود را بررسی کنید
check-intro = جواب‌های خود را ببینید. می‌توانید آن‌ها را تغییر بدهید.
submit = درخواست مرا بفرستید
sending = در حال فرستادن…
sending-percent = در حال فرستادن… { $percent }٪
upload-bytes = { $sent } از { $total } میگابایت
upload-time-left = { $minutes ->
    [one] تقریباً { $minutes } دقیقه باقی مانده
   *[other] تقریباً { $minutes } دقیقه باقی مانده
}
upload-time-soon = کمتر از یک دقیقه باقی مانده
upload-paused = متوقف شد. برای ادامه، «ادامه» را فشار بدهید.
upload-pause = توقف
upload-resume = ادامه
not-answered = جواب داده نشده
yes = بلی
no = نخیر
consent-agree = بلی، موافق هستم
optional = (اختیاری)

## Errors

error-prefix = خطا:
error-summary-title = یک مشکل وجود دارد

## After sending

done-title = درخواست فرستاده شد
done-reference = نمبر پیگیری شما
done-keep = این نمبر را یادداشت کنید، یا از آن عکس بگیرید.
send-failed = درخواست شما هنوز فرستاده نشده است. جواب‌های شما هنوز این‌جا هستند. لطفاً دوباره کوشش کنید.
send-rejected = درخواست شما قبول نشد. لطفاً با ما تماس بگیرید.
try-again = دوباره کوشش کنید
received = { $organisation } آن را دریافت کرد. نمبر پیگیری: { $reference }.
outbox-kept = دریافت شد. یک کاپی تا { $when } در این دستگاه می‌ماند.
outbox-title = در انتظار فرستادن
outbox-send-now = حالا بفرستید
offline-saved = در این دستگاه ذخیره شد. وقتی به انترنت وصل شوید، فرستاده می‌شود.
only-on-page = درخواست شما در این دستگاه ذخیره نشد. این صفحه را باز نگه دارید: وقتی به انترنت وصل شوید، فرستاده می‌شود.

## The start page

closed = این فورم بسته است. درخواست‌های نو قبول نمی‌شود.
closed-draft = این فورم بسته شده است. هنوز هم می‌توانید جواب‌های خود را ببینید. لطفاً برای فرستادن آن‌ها با ما تماس بگیرید.
contact-intro = مطمئن نیستید؟ اول با ما صحبت کنید.
time-needed = وقت لازم: { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
closes = آخرین تاریخ: { $date }
who-can-apply = چه کسانی می‌توانند درخواست بدهند

## When the form cannot open

cannot-open = متأسفیم، این فورم حالا باز نمی‌شود.
cannot-open-next = لطفاً بعداً دوباره کوشش کنید، یا از کسی که لینک را به شما داد بپرسید.
details-for-organisers = معلومات برای برگزارکنندگان

## Repeated groups of questions

add-entry = یکی دیگر اضافه کنید
remove-entry = حذف
entry-number = مورد { $n }

## Notices

files-not-ready = ثبت و بارگذاری فایل در این نسخه ممکن نیست. لطفاً جواب خود را بنویسید، یا با ما تماس بگیرید.
new-version = نسخهٔ نو آماده است. دفعهٔ بعد از آن استفاده می‌شود.
storage-unavailable = جواب‌های شما در این دستگاه ذخیره نمی‌شود. لطفاً فورم را یک‌باره تمام کنید، یا کمک بخواهید.
offline-unavailable = این دستگاه نمی‌تواند این فورم را برای استفاده بدون انترنت نگه دارد. شاید حافظهٔ دستگاه پُر باشد. فورم تا وقتی به انترنت وصل هستید کار می‌کند.

## Answer checks

error-required = لطفاً به این سوال جواب بدهید.
error-too-short = لطفاً حد اقل { $min ->
    [one] { $min } حرف
   *[other] { $min } حرف
} بنویسید.
error-too-long = لطفاً بیشتر از { $max ->
    [one] { $max } حرف
   *[other] { $max } حرف
} ننویسید.
error-not-a-number = لطفاً یک عدد بنویسید، مثلاً 250.
error-too-small = عدد باید { $min } یا بیشتر باشد.
error-too-large = عدد باید { $max } یا کمتر باشد.
error-not-whole-number = لطفاً یک عدد کامل بنویسید، بدون اعشاریه.
error-not-an-email = لطفاً یک آدرس ایمیل بنویسید، مثلاً name@example.com.
error-not-a-phone = لطفاً نمبر تیلفون بنویسید، مثلاً 07700 900123.
error-pattern-mismatch = لطفاً این جواب را بررسی کنید. شکل آن درست نیست.
error-not-a-date = لطفاً یک تاریخ درست بنویسید.
error-date-too-early = تاریخ باید { $min } یا بعد از آن باشد.
error-date-too-late = تاریخ باید { $max } یا پیش از آن باشد.
error-not-a-choice = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-too-few-choices = لطفاً حد اقل { $min ->
    [one] { $min } گزینه
   *[other] { $min } گزینه
} انتخاب کنید.
error-too-many-choices = لطفاً بیشتر از { $max ->
    [one] { $max } گزینه
   *[other] { $max } گزینه
} انتخاب نکنید.
error-out-of-scale = لطفاً یک نقطه را روی مقیاس انتخاب کنید.
error-must-consent = لطفاً برای موافقت، در خانه نشانی بگذارید.
error-file-type-not-allowed = این نوع فایل را این‌جا استفاده کرده نمی‌توانید.
error-file-too-large = فایل بسیار کلان است. حد اکثر اندازه { $megabytes } MB است.
error-recording-too-long = ثبت بسیار طولانی است. حد اکثر وقت { $seconds ->
    [one] { $seconds } ثانیه
   *[other] { $seconds } ثانیه
} است.
error-wrong-kind = لطفاً این جواب را بررسی کنید.
error-too-few-entries = لطفاً حد اقل { $min } مورد اضافه کنید.
error-too-many-entries = لطفاً بیشتر از { $max } مورد اضافه نکنید.

## Dates and repeated entries

date-day = روز
date-month = ماه
date-year = سال
move-up = بالا ببرید
move-down = پایین ببرید

## Applications saved on this device

drafts-title = درخواست‌ها در این دستگاه
draft-edited = آخرین تغییر { $when }
draft-continue = ادامه
draft-delete = پاک کردن
draft-delete-confirm = این درخواست پاک شود؟ دوباره برگشتانده نمی‌شود.
draft-delete-yes = بلی، پاکش کنید
draft-delete-no = نی، نگهش کنید
start-new = شروع یک درخواست نو
form-changed = این فورم از وقتی شروع کردید تغییر کرده است. بعضی جواب‌های شما برای سوال‌هایی است که دیگر در آن نیست. آن‌ها در این دستگاه نگه داشته شده‌اند:

## Recording and files

record-why-video = برای فلم گرفتن از جواب، این صفحه اجازهٔ کمره و مایکروفون را می‌خواهد. تا دکمهٔ شروع را نزنید چیزی ثبت نمی‌شود.
record-why-audio = برای ثبت جواب، این صفحه اجازهٔ مایکروفون را می‌خواهد. تا دکمهٔ شروع را نزنید چیزی ثبت نمی‌شود.
record-start = شروع ثبت
record-stop = توقف
record-again = دوباره ثبت کنید
record-time = { $elapsed } از { $limit }
choose-file = یا یک فایل از این دستگاه انتخاب کنید
record-denied = از کمره یا مایکروفون استفاده شده نمی‌تواند. می‌توانید یک فایل انتخاب کنید یا جواب را بنویسید.
record-unavailable = ثبت در این دستگاه کار نمی‌کند. می‌توانید یک فایل انتخاب کنید یا جواب را بنویسید.
media-not-saved = این ثبت یا فایل در این دستگاه ذخیره نشد. شاید حافظهٔ دستگاه پُر باشد. می‌توانید به عوض آن جواب را بنویسید، یا کمک بخواهید.

## Shared tablet: a PIN protects an application

pin-title = جواب‌های خود را با رمز محفوظ کنید
pin-why = چند نفر از این تبلت استفاده می‌کنند. یک نام مستعار و یک رمز با 4 تا 8 عدد انتخاب کنید. فقط کسی که رمز را می‌داند، درخواست شما را باز کرده می‌تواند.
pin-nickname = یک نام مستعار برای درخواست شما
pin-nickname-hint = دیگران فقط همین نام را می‌بینند. نام اصلی خود را استفاده نکنید.
pin-nickname-missing = یک نام مستعار بنویسید.
pin-new = یک رمز انتخاب کنید
pin-again = رمز را دوباره بنویسید
pin-use = محفوظ کنید و شروع کنید
pin-skip = بدون رمز شروع کنید
pin-working = جواب‌های شما محفوظ می‌شود…
pin-length = رمز باید 4 تا 8 عدد باشد.
pin-digits = رمز باید فقط عدد باشد.
pin-mismatch = دو رمز یکسان نیستند. آن‌ها را دوباره بنویسید.
pin-enter = رمز شما
pin-open = باز کنید
pin-wrong = این رمز درست نیست.
pin-wait = می‌توانید ساعت { $time } دوباره کوشش کنید.
pin-protected = با رمز محفوظ است
pin-unavailable = این تبلت جواب‌ها را با رمز محفوظ کرده نمی‌تواند. از کارمندان کمک بخواهید.
lock-now = درخواست مرا قفل کنید
finish-clear = تمام کنید و این تبلت را پاک کنید

## Keeping a copy of the answers

copy-title = یک کاپی از جواب‌های خود نگه دارید
copy-print = چاپ کنید یا به شکل PDF ذخیره کنید
copy-download = جواب‌های مرا دانلود کنید

## Answering a written question another way

mode-legend = چطور می‌خواهید جواب بدهید؟
mode-write = بنویسید
mode-say = به جای نوشتن، صدا ثبت کنید
mode-film = به جای نوشتن، فلم بگیرید

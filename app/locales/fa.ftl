# Seedform interface — Persian / Farsi (fa)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Polite plural "شما" forms. Persian uses the singular noun after a number, so both plural variants read the same.
# Plural categories (CLDR): one, other.

language-name = فارسی
language-switcher = زبان

## Moving through the form

loading = در حال باز کردن فرم…
continue = ادامه
back = برگشت
start = همین حالا شروع کنید
change = تغییر
progress = سؤال { $current } از { $total }
listen = گوش دهید
listen-stop = توقف

## Check your answers and send

check-title = پاسخ‌های خود را بررسی کنید
check-intro = پاسخ‌های خود را ببینید. می‌توانید آن‌ها را تغییر دهید.
submit = فرستادن درخواست من
sending = در حال فرستادن…
sending-percent = در حال فرستادن… { $percent }٪
upload-bytes = { $sent } از { $total } مگابایت
upload-time-left = { $minutes ->
    [one] حدود { $minutes } دقیقه مانده است
   *[other] حدود { $minutes } دقیقه مانده است
}
upload-time-soon = کمتر از یک دقیقه مانده است
upload-paused = متوقف شد. برای ادامه، «ادامه» را بزنید.
upload-pause = توقف
upload-resume = ادامه
not-answered = پاسخ داده نشده
yes = بله
no = نه
consent-agree = بله، موافقم
optional = (اختیاری)

## Errors

error-prefix = خطا:
error-summary-title = مشکلی وجود دارد

## After sending

done-title = درخواست فرستاده شد
done-reference = شمارهٔ پیگیری شما
done-keep = این شماره را یادداشت کنید، یا از آن عکس بگیرید.
send-failed = درخواست شما هنوز فرستاده نشده است. پاسخ‌های شما هنوز این‌جا هستند. لطفاً دوباره تلاش کنید.
send-rejected = درخواست شما پذیرفته نشد. لطفاً با ما تماس بگیرید.
try-again = دوباره تلاش کنید
received = { $organisation } آن را دریافت کرد. شمارهٔ پیگیری: { $reference }.
outbox-kept = دریافت شد. یک نسخه تا { $when } روی این دستگاه می‌ماند.
outbox-title = در انتظار فرستادن
outbox-send-now = همین حالا بفرستید
offline-saved = روی این دستگاه ذخیره شد. وقتی به اینترنت وصل شوید، فرستاده می‌شود.
only-on-page = درخواست شما روی این دستگاه ذخیره نشد. این صفحه را باز نگه دارید: وقتی به اینترنت وصل شوید، فرستاده می‌شود.

## The start page

closed = این فرم بسته است. درخواست تازه پذیرفته نمی‌شود.
closed-draft = این فرم بسته شده است. هنوز می‌توانید پاسخ‌های خود را ببینید. لطفاً برای فرستادن آن‌ها با ما تماس بگیرید.
contact-intro = مطمئن نیستید؟ اول با ما صحبت کنید.
time-needed = زمان لازم: { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
closes = آخرین مهلت: { $date }
who-can-apply = چه کسانی می‌توانند درخواست بدهند

## When the form cannot open

cannot-open = متأسفیم، این فرم الان باز نمی‌شود.
cannot-open-next = لطفاً بعداً دوباره تلاش کنید، یا از کسی که لینک را به شما داد بپرسید.
details-for-organisers = جزئیات برای برگزارکنندگان

## Repeated groups of questions

add-entry = افزودن یکی دیگر
remove-entry = حذف
entry-number = مورد { $n }

## Notices

files-not-ready = ضبط و بارگذاری فایل در این نسخه ممکن نیست. لطفاً پاسخ خود را بنویسید، یا با ما تماس بگیرید.
new-version = نسخهٔ تازه آماده است. دفعهٔ بعد از آن استفاده می‌شود.
storage-unavailable = پاسخ‌های شما روی این دستگاه ذخیره نمی‌شود. لطفاً فرم را یک‌جا تمام کنید، یا کمک بخواهید.
offline-unavailable = این دستگاه نمی‌تواند این فرم را برای استفاده بدون اینترنت نگه دارد. شاید حافظهٔ دستگاه پر باشد. فرم تا وقتی آنلاین هستید کار می‌کند.

## Answer checks

error-required = لطفاً به این سؤال پاسخ دهید.
error-too-short = لطفاً دست‌کم { $min ->
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
error-not-whole-number = لطفاً یک عدد کامل بنویسید، بدون اعشار.
error-not-an-email = لطفاً یک نشانی ایمیل بنویسید، مثلاً name@example.com.
error-not-a-phone = لطفاً یک شمارهٔ تلفن بنویسید، مثلاً 07700 900123.
error-pattern-mismatch = لطفاً این پاسخ را بررسی کنید. شکل آن درست نیست.
error-not-a-date = لطفاً یک تاریخ درست وارد کنید.
error-date-too-early = تاریخ باید { $min } یا بعد از آن باشد.
error-date-too-late = تاریخ باید { $max } یا پیش از آن باشد.
error-not-a-choice = لطفاً یکی از گزینه‌ها را انتخاب کنید.
error-too-few-choices = لطفاً دست‌کم { $min ->
    [one] { $min } گزینه
   *[other] { $min } گزینه
} انتخاب کنید.
error-too-many-choices = لطفاً بیشتر از { $max ->
    [one] { $max } گزینه
   *[other] { $max } گزینه
} انتخاب نکنید.
error-out-of-scale = لطفاً یک نقطه روی مقیاس انتخاب کنید.
error-must-consent = لطفاً برای موافقت، این خانه را تیک بزنید.
error-file-type-not-allowed = این نوع فایل را این‌جا نمی‌توان استفاده کرد.
error-file-too-large = فایل خیلی بزرگ است. حداکثر اندازه { $megabytes } مگابایت است.
error-recording-too-long = ضبط خیلی طولانی است. حداکثر زمان { $seconds ->
    [one] { $seconds } ثانیه
   *[other] { $seconds } ثانیه
} است.
error-wrong-kind = لطفاً این پاسخ را بررسی کنید.
error-too-few-entries = لطفاً دست‌کم { $min } مورد اضافه کنید.
error-too-many-entries = لطفاً بیشتر از { $max } مورد اضافه نکنید.

## Dates and repeated entries

date-day = روز
date-month = ماه
date-year = سال
move-up = بالا ببر
move-down = پایین ببر

## Applications saved on this device

drafts-title = درخواست‌های روی این دستگاه
draft-edited = آخرین تغییر { $when }
draft-continue = ادامه
draft-delete = پاک کردن
draft-delete-confirm = این درخواست پاک شود؟ نمی‌شود آن را برگرداند.
draft-delete-yes = بله، پاکش کن
draft-delete-no = نه، نگهش دار
start-new = شروع یک درخواست تازه
form-changed = این فرم از وقتی شروع کردید تغییر کرده است. بعضی از پاسخ‌های شما برای پرسش‌هایی است که دیگر در آن نیست. آن‌ها روی این دستگاه نگه داشته شده‌اند:

## Recording and files

record-why-video = برای فیلم گرفتن از پاسخ، این صفحه اجازهٔ دوربین و میکروفون را می‌خواهد. تا دکمهٔ شروع را نزنید چیزی ضبط نمی‌شود.
record-why-audio = برای ضبط پاسخ، این صفحه اجازهٔ میکروفون را می‌خواهد. تا دکمهٔ شروع را نزنید چیزی ضبط نمی‌شود.
record-start = شروع ضبط
record-stop = توقف
record-again = دوباره ضبط کن
record-time = { $elapsed } از { $limit }
choose-file = یا یک فایل از این دستگاه انتخاب کنید
record-denied = از دوربین یا میکروفون نمی‌شود استفاده کرد. می‌توانید یک فایل انتخاب کنید یا پاسخ را بنویسید.
record-unavailable = ضبط روی این دستگاه کار نمی‌کند. می‌توانید یک فایل انتخاب کنید یا پاسخ را بنویسید.
media-not-saved = این ضبط یا فایل روی این دستگاه ذخیره نشد. شاید حافظهٔ دستگاه پر باشد. می‌توانید به‌جای آن پاسخ را بنویسید، یا کمک بخواهید.

## Shared tablet: a PIN protects an application

pin-title = با رمز از پاسخ‌های خود محافظت کنید
pin-why = چند نفر از این تبلت استفاده می‌کنند. یک نام مستعار و یک رمز 4 تا 8 رقمی انتخاب کنید. فقط کسی که رمز را می‌داند می‌تواند درخواست شما را باز کند.
pin-nickname = یک نام مستعار برای درخواست شما
pin-nickname-hint = دیگران فقط این نام را می‌بینند. از نام واقعی خود استفاده نکنید.
pin-nickname-missing = یک نام مستعار بنویسید.
pin-new = یک رمز انتخاب کنید
pin-again = رمز را دوباره بنویسید
pin-use = محافظت و شروع
pin-skip = شروع بدون رمز
pin-working = در حال محافظت از پاسخ‌های شما…
pin-length = رمز باید 4 تا 8 رقم باشد.
pin-digits = رمز فقط باید عدد باشد.
pin-mismatch = دو رمز یکی نیستند. آن‌ها را دوباره بنویسید.
pin-enter = رمز شما
pin-open = باز کردن
pin-wrong = این رمز درست نیست.
pin-wait = ساعت { $time } می‌توانید دوباره تلاش کنید.
pin-protected = با رمز محافظت شده
pin-unavailable = این تبلت نمی‌تواند پاسخ‌ها را با رمز محافظت کند. از کارکنان کمک بخواهید.
lock-now = قفل کردن درخواست من
finish-clear = پایان و پاک کردن این تبلت

## Keeping a copy of the answers

copy-title = یک نسخه از پاسخ‌های خود را نگه دارید
copy-print = چاپ یا ذخیره به صورت PDF
copy-download = دانلود پاسخ‌های من

## Answering a written question another way

mode-legend = چطور می‌خواهید پاسخ دهید؟
mode-write = بنویسید
mode-say = به جای نوشتن، صدا ضبط کنید
mode-film = به جای نوشتن، فیلم بگیرید

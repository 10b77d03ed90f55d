# Seedform interface — Arabic (ar)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Plain Modern Standard Arabic. "يرجى" + verbal noun is used so that sentences fit both men and women.
# Plural categories (CLDR): zero, one, two, few, many, other.

language-name = العربية
language-switcher = اللغة

## Moving through the form

loading = جارٍ تحميل الاستمارة…
continue = متابعة
back = رجوع
start = ابدأ الآن
change = تغيير
progress = السؤال { $current } من { $total }
listen = استماع
listen-stop = إيقاف

## Check your answers and send

check-title = مراجعة إجاباتك
check-intro = هذه إجاباتك. يمكنك تغييرها.
submit = إرسال طلبي
sending = جارٍ الإرسال…
sending-percent = جارٍ الإرسال… { $percent }٪
upload-bytes = تم إرسال { $sent } من { $total } ميغابايت
upload-time-left = الوقت المتبقي: { $minutes ->
    [zero] نحو { $minutes } دقيقة
    [one] نحو دقيقة واحدة
    [two] نحو دقيقتين
    [few] نحو { $minutes } دقائق
    [many] نحو { $minutes } دقيقة
   *[other] نحو { $minutes } دقيقة
}
upload-time-soon = الوقت المتبقي: أقل من دقيقة
upload-paused = الإرسال متوقف مؤقتًا. يرجى الضغط على «متابعة» للاستمرار.
upload-pause = إيقاف مؤقت
upload-resume = متابعة
not-answered = لا توجد إجابة
yes = نعم
no = لا
consent-agree = نعم، أوافق
optional = (اختياري)

## Errors

error-prefix = خطأ:
error-summary-title = توجد مشكلة

## After sending

done-title = تم إرسال الطلب
done-reference = رقم المرجع الخاص بك
done-keep = يرجى كتابة هذا الرقم على ورقة، أو التقاط صورة له.
send-failed = لم يُرسَل طلبك بعد. إجاباتك ما زالت محفوظة هنا. يرجى المحاولة مرة أخرى.
send-rejected = لم نتمكن من قبول طلبك. يرجى التواصل معنا.
try-again = إعادة المحاولة
received = وصل الطلب إلى { $organisation }. رقم المرجع: { $reference }.
outbox-kept = تم الاستلام. تبقى نسخة على هذا الجهاز حتى { $when }.
outbox-title = في انتظار الإرسال
outbox-send-now = إرسال الآن
offline-saved = تم الحفظ على هذا الجهاز. سيُرسَل الطلب عند الاتصال بالإنترنت.
only-on-page = تعذّر حفظ الطلب على هذا الجهاز. يرجى إبقاء هذه الصفحة مفتوحة: سيُرسَل الطلب عند الاتصال بالإنترنت.

## The start page

closed = هذه الاستمارة مغلقة. لا تقبل طلبات جديدة.
closed-draft = أُغلقت هذه الاستمارة. ما زال بإمكانك رؤية إجاباتك. يرجى التواصل معنا بشأن إرسالها.
contact-intro = هل لديك أي شك؟ يرجى التحدث معنا أولًا.
time-needed = الوقت اللازم: { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
closes = آخر موعد للتقديم: { $date }
who-can-apply = من يمكنه التقديم

## When the form cannot open

cannot-open = عذرًا، لا يمكن فتح هذه الاستمارة الآن.
cannot-open-next = يرجى المحاولة مرة أخرى لاحقًا، أو سؤال الشخص الذي أعطاك الرابط.
details-for-organisers = تفاصيل للمنظمين

## Repeated groups of questions

add-entry = إضافة واحد آخر
remove-entry = حذف
entry-number = البند { $n }

## Notices

files-not-ready = تسجيل الملفات ورفعها غير متاح في هذه النسخة. يرجى كتابة إجابتك، أو التواصل معنا.
new-version = توجد نسخة جديدة جاهزة. ستُستخدم في المرة القادمة.
storage-unavailable = لا يمكن حفظ إجاباتك على هذا الجهاز. يرجى إكمال الاستمارة دفعة واحدة، أو طلب المساعدة.
offline-unavailable = لا يمكن حفظ هذا النموذج على هذا الجهاز لاستخدامه دون إنترنت. قد تكون ذاكرة الجهاز ممتلئة. يعمل النموذج أثناء الاتصال بالإنترنت.

## Answer checks

error-required = يرجى الإجابة عن هذا السؤال.
error-too-short = يرجى كتابة { $min ->
    [zero] { $min } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $min } أحرف
    [many] { $min } حرفًا
   *[other] { $min } حرف
} على الأقل.
error-too-long = يرجى ألا يزيد النص عن { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
error-not-a-number = يرجى كتابة رقم، مثل 250.
error-too-small = يجب أن يكون الرقم { $min } أو أكثر.
error-too-large = يجب أن يكون الرقم { $max } أو أقل.
error-not-whole-number = يرجى كتابة عدد صحيح، بدون كسور عشرية.
error-not-an-email = يرجى كتابة عنوان بريد إلكتروني، مثل name@example.com.
error-not-a-phone = يرجى كتابة رقم هاتف، مثل 07700 900123.
error-pattern-mismatch = يرجى التحقق من هذه الإجابة. إنها ليست بالشكل المطلوب.
error-not-a-date = يرجى إدخال تاريخ صحيح.
error-date-too-early = يجب أن يكون التاريخ { $min } أو بعده.
error-date-too-late = يجب أن يكون التاريخ { $max } أو قبله.
error-not-a-choice = يرجى اختيار أحد الخيارات.
error-too-few-choices = يرجى اختيار { $min ->
    [zero] { $min } خيار
    [one] خيار واحد
    [two] خيارين
    [few] { $min } خيارات
    [many] { $min } خيارًا
   *[other] { $min } خيار
} على الأقل.
error-too-many-choices = يرجى ألا يزيد اختيارك عن { $max ->
    [zero] { $max } خيار
    [one] خيار واحد
    [two] خيارين
    [few] { $max } خيارات
    [many] { $max } خيارًا
   *[other] { $max } خيار
}.
error-out-of-scale = يرجى اختيار نقطة على المقياس.
error-must-consent = يرجى وضع علامة في المربع للموافقة.
error-file-type-not-allowed = لا يمكن استخدام هذا النوع من الملفات هنا.
error-file-too-large = الملف كبير جدًا. الحد الأقصى هو { $megabytes } ميغابايت.
error-recording-too-long = التسجيل طويل جدًا. الحد الأقصى هو { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
error-wrong-kind = يرجى التحقق من هذه الإجابة.
error-too-few-entries = يرجى إضافة { $min } على الأقل.
error-too-many-entries = يرجى ألا يزيد العدد عن { $max }.

## Dates and repeated entries

date-day = اليوم
date-month = الشهر
date-year = السنة
move-up = انقل للأعلى
move-down = انقل للأسفل

## Applications saved on this device

drafts-title = الطلبات على هذا الجهاز
draft-edited = آخر تغيير { $when }
draft-continue = تابِع
draft-delete = احذف
draft-delete-confirm = هل تريد حذف هذا الطلب؟ لا يمكن التراجع عن ذلك.
draft-delete-yes = نعم، احذفه
draft-delete-no = لا، أبقِه
start-new = ابدأ طلبًا جديدًا
form-changed = تغيّر هذا النموذج منذ أن بدأت. بعض إجاباتك لأسئلة لم تعد فيه. هي محفوظة على هذا الجهاز:

## Recording and files

record-why-video = لتصوير إجابتك، ستطلب هذه الصفحة استخدام الكاميرا والميكروفون. لا يُسجَّل شيء حتى تضغط على ابدأ.
record-why-audio = لتسجيل إجابتك، ستطلب هذه الصفحة استخدام الميكروفون. لا يُسجَّل شيء حتى تضغط على ابدأ.
record-start = ابدأ التسجيل
record-stop = توقّف
record-again = سجّل مرة أخرى
record-time = { $elapsed } من { $limit }
choose-file = أو اختر ملفًا من هذا الجهاز
record-denied = لا يمكن استخدام الكاميرا أو الميكروفون. يمكنك اختيار ملف بدلًا من ذلك، أو كتابة إجابتك.
record-unavailable = التسجيل لا يعمل على هذا الجهاز. يمكنك اختيار ملف بدلًا من ذلك، أو كتابة إجابتك.
media-not-saved = تعذّر حفظ هذا التسجيل أو الملف على هذا الجهاز. قد تكون ذاكرة الجهاز ممتلئة. يمكن كتابة الإجابة بدلاً من ذلك، أو طلب المساعدة.

## Shared tablet: a PIN protects an application

pin-title = حماية إجاباتك برقم سري
pin-why = يستخدم هذا الجهاز اللوحي أكثر من شخص. يرجى اختيار اسم مستعار ورقم سري من 4 إلى 8 أرقام. لا يستطيع فتح طلبك إلا من يعرف الرقم السري.
pin-nickname = اسم مستعار لطلبك
pin-nickname-hint = سيرى الآخرون هذا الاسم فقط. يرجى عدم استخدام اسمك الحقيقي.
pin-nickname-missing = يرجى كتابة اسم مستعار.
pin-new = اختيار رقم سري
pin-again = كتابة الرقم السري مرة أخرى
pin-use = حماية وبدء
pin-skip = البدء بدون رقم سري
pin-working = جارٍ حماية إجاباتك…
pin-length = الرقم السري من 4 إلى 8 أرقام.
pin-digits = الرقم السري أرقام فقط.
pin-mismatch = الرقمان السريان مختلفان. يرجى كتابتهما مرة أخرى.
pin-enter = رقمك السري
pin-open = فتح
pin-wrong = هذا الرقم السري غير صحيح.
pin-wait = يمكنك المحاولة مرة أخرى الساعة { $time }.
pin-protected = محمي برقم سري
pin-unavailable = لا يمكن لهذا الجهاز اللوحي حماية الإجابات برقم سري. يرجى طلب المساعدة من الموظفين.
lock-now = قفل طلبي
finish-clear = إنهاء ومسح هذا الجهاز اللوحي

## Keeping a copy of the answers

copy-title = الاحتفاظ بنسخة من إجاباتك
copy-print = طباعة أو حفظ كملف PDF
copy-download = تنزيل إجاباتي

## Answering a written question another way

mode-legend = أي طريقة تناسبك للإجابة؟
mode-write = كتابة الإجابة
mode-say = تسجيل صوتك بدلًا من الكتابة
mode-film = تصوير فيديو بدلًا من الكتابة

# Seedform interface — Ukrainian (uk)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Polite "ви" forms.
# Plural categories (CLDR): one, few, many, other ("other" is for fractions).

language-name = Українська
language-switcher = Мова

## Moving through the form

loading = Відкриваємо форму…
continue = Далі
back = Назад
start = Почати
change = Змінити
progress = Питання { $current } з { $total }
listen = Слухати
listen-stop = Зупинити

## Check your answers and send

check-title = Перевірте свої відповіді
check-intro = Подивіться на свої відповіді. Ви можете їх змінити.
submit = Надіслати мою заявку
sending = Надсилаємо…
sending-percent = Надсилаємо… { $percent } %
upload-bytes = { $sent } з { $total } МБ
upload-time-left = { $minutes ->
    [one] Ще приблизно { $minutes } хвилина
    [few] Ще приблизно { $minutes } хвилини
    [many] Ще приблизно { $minutes } хвилин
   *[other] Ще приблизно { $minutes } хвилини
}
upload-time-soon = Менше хвилини
upload-paused = Призупинено. Щоб продовжити, натисніть «Продовжити».
upload-pause = Призупинити
upload-resume = Продовжити
not-answered = Немає відповіді
yes = Так
no = Ні
consent-agree = Так, я погоджуюся
optional = (необов’язково)

## Errors

error-prefix = Помилка:
error-summary-title = Є проблема

## After sending

done-title = Заявку надіслано
done-reference = Номер вашої заявки
done-keep = Запишіть цей номер або сфотографуйте його.
send-failed = Вашу заявку ще не надіслано. Ваші відповіді досі тут. Будь ласка, спробуйте ще раз.
send-rejected = Вашу заявку не вдалося прийняти. Будь ласка, зв’яжіться з нами.
try-again = Спробувати ще раз
received = Отримувач: { $organisation }. Номер заявки: { $reference }.
outbox-kept = Отримано. Копія залишиться на цьому пристрої до { $when }.
outbox-title = Чекають на надсилання
outbox-send-now = Надіслати зараз
offline-saved = Збережено на цьому пристрої. Заявку буде надіслано, коли з’явиться інтернет.
only-on-page = Не вдалося зберегти заявку на цьому пристрої. Не закривайте цю сторінку: заявку буде надіслано, коли з’явиться інтернет.

## The start page

closed = Ця форма закрита. Нові заявки не приймаються.
closed-draft = Ця форма вже закрита. Ви ще можете переглянути свої відповіді. Щоб їх надіслати, будь ласка, зв’яжіться з нами.
contact-intro = Не впевнені? Спершу поговоріть з нами.
time-needed = Потрібно часу: { $minutes ->
    [one] { $minutes } хвилина
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
closes = Останній день: { $date }
who-can-apply = Хто може подати заявку

## When the form cannot open

cannot-open = На жаль, зараз цю форму не вдається відкрити.
cannot-open-next = Будь ласка, спробуйте пізніше або запитайте людину, яка дала вам посилання.
details-for-organisers = Деталі для організаторів

## Repeated groups of questions

add-entry = Додати ще
remove-entry = Видалити
entry-number = Запис { $n }

## Notices

files-not-ready = У цій версії не можна записувати чи завантажувати файли. Будь ласка, опишіть відповідь письмово або зв’яжіться з нами.
new-version = Готова нова версія. Вона запрацює наступного разу.
storage-unavailable = Ваші відповіді не можна зберегти на цьому пристрої. Будь ласка, заповніть форму за один раз або попросіть допомоги.
offline-unavailable = Цей пристрій не може зберегти форму для роботи без інтернету. Можливо, пам’ять пристрою заповнена. Форма працює, поки є інтернет.

## Answer checks

error-required = Будь ласка, дайте відповідь на це питання.
error-too-short = Будь ласка, напишіть щонайменше { $min ->
    [one] { $min } символ
    [few] { $min } символи
    [many] { $min } символів
   *[other] { $min } символу
}.
error-too-long = Будь ласка, напишіть не більше ніж { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}.
error-not-a-number = Будь ласка, напишіть число, наприклад 250.
error-too-small = Число має бути { $min } або більше.
error-too-large = Число має бути { $max } або менше.
error-not-whole-number = Будь ласка, напишіть ціле число, без дробів.
error-not-an-email = Будь ласка, напишіть адресу електронної пошти, наприклад name@example.com.
error-not-a-phone = Будь ласка, напишіть номер телефону, наприклад 07700 900123.
error-pattern-mismatch = Будь ласка, перевірте цю відповідь. Вона не має потрібного вигляду.
error-not-a-date = Будь ласка, введіть справжню дату.
error-date-too-early = Дата має бути не раніше ніж { $min }.
error-date-too-late = Дата має бути не пізніше ніж { $max }.
error-not-a-choice = Будь ласка, виберіть один із варіантів.
error-too-few-choices = Будь ласка, виберіть щонайменше { $min ->
    [one] { $min } варіант
    [few] { $min } варіанти
    [many] { $min } варіантів
   *[other] { $min } варіанта
}.
error-too-many-choices = Будь ласка, виберіть не більше ніж { $max ->
    [one] { $max } варіант
    [few] { $max } варіанти
    [many] { $max } варіантів
   *[other] { $max } варіанта
}.
error-out-of-scale = Будь ласка, виберіть точку на шкалі.
error-must-consent = Будь ласка, поставте позначку, щоб погодитися.
error-file-type-not-allowed = Такий тип файлу тут не можна використати.
error-file-too-large = Файл завеликий. Межа — { $megabytes } МБ.
error-recording-too-long = Запис задовгий. Межа — { $seconds ->
    [one] { $seconds } секунда
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
error-wrong-kind = Будь ласка, перевірте цю відповідь.
error-too-few-entries = Будь ласка, додайте щонайменше { $min }.
error-too-many-entries = Будь ласка, додайте не більше ніж { $max }.

## Dates and repeated entries

date-day = День
date-month = Місяць
date-year = Рік
move-up = Перемістити вгору
move-down = Перемістити вниз

## Applications saved on this device

drafts-title = Заявки на цьому пристрої
draft-edited = Остання зміна { $when }
draft-continue = Продовжити
draft-delete = Видалити
draft-delete-confirm = Видалити цю заявку? Це не можна скасувати.
draft-delete-yes = Так, видалити
draft-delete-no = Ні, залишити
start-new = Почати нову заявку
form-changed = Ця форма змінилася, відколи ви почали. Деякі ваші відповіді стосуються питань, яких більше немає. Вони збережені на цьому пристрої:

## Recording and files

record-why-video = Щоб зняти відповідь на відео, сторінка попросить доступ до камери й мікрофона. Нічого не записується, доки ви не натиснете «Почати».
record-why-audio = Щоб записати відповідь, сторінка попросить доступ до мікрофона. Нічого не записується, доки ви не натиснете «Почати».
record-start = Почати запис
record-stop = Зупинити
record-again = Записати ще раз
record-time = { $elapsed } з { $limit }
choose-file = Або виберіть файл на цьому пристрої
record-denied = Камеру чи мікрофон не можна використати. Ви можете вибрати файл або написати відповідь.
record-unavailable = Запис не працює на цьому пристрої. Ви можете вибрати файл або написати відповідь.
media-not-saved = Не вдалося зберегти цей запис або файл на цьому пристрої. Можливо, пам’ять пристрою заповнена. Ви можете написати відповідь замість цього або попросити допомоги.

## Shared tablet: a PIN protects an application

pin-title = Захистіть свої відповіді PIN-кодом
pin-why = Цим планшетом користуються різні люди. Виберіть псевдонім і PIN-код, який має від 4 до 8 цифр. Лише людина, яка знає PIN-код, зможе відкрити вашу заявку.
pin-nickname = Псевдонім для вашої заявки
pin-nickname-hint = Інші люди бачитимуть лише це ім’я. Не пишіть своє справжнє ім’я.
pin-nickname-missing = Напишіть псевдонім.
pin-new = Виберіть PIN-код
pin-again = Введіть PIN-код ще раз
pin-use = Захистити й почати
pin-skip = Почати без PIN-коду
pin-working = Захищаємо ваші відповіді…
pin-length = PIN-код має від 4 до 8 цифр.
pin-digits = У PIN-коді можуть бути лише цифри.
pin-mismatch = Два PIN-коди не однакові. Введіть їх ще раз.
pin-enter = Ваш PIN-код
pin-open = Відкрити
pin-wrong = Цей PIN-код неправильний.
pin-wait = Ви можете спробувати ще раз о { $time }.
pin-protected = Захищено PIN-кодом
pin-unavailable = Цей планшет не може захистити відповіді PIN-кодом. Попросіть допомоги в працівників.
lock-now = Заблокувати мою заявку
finish-clear = Завершити й очистити цей планшет

## Keeping a copy of the answers

copy-title = Збережіть копію своїх відповідей
copy-print = Надрукувати або зберегти як PDF
copy-download = Завантажити мої відповіді

## Answering a written question another way

mode-legend = Як ви хочете відповісти?
mode-write = Написати
mode-say = Записати голос замість тексту
mode-film = Зняти відео замість тексту

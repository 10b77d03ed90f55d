# Seedform interface — Polish (pl)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Short "ty" imperatives, as on most Polish public-service websites.
# Plural categories (CLDR): one, few, many, other ("other" is for fractions).

language-name = Polski
language-switcher = Język

## Moving through the form

loading = Otwieramy formularz…
continue = Dalej
back = Wstecz
start = Zacznij teraz
change = Zmień
progress = Pytanie { $current } z { $total }
listen = Posłuchaj
listen-stop = Zatrzymaj

## Check your answers and send

check-title = Sprawdź swoje odpowiedzi
check-intro = Przejrzyj swoje odpowiedzi. Możesz je zmienić.
submit = Wyślij mój wniosek
sending = Wysyłamy…
sending-percent = Wysyłamy… { $percent } %
upload-bytes = { $sent } z { $total } MB
upload-time-left = { $minutes ->
    [one] Jeszcze około minuty
    [few] Jeszcze około { $minutes } minut
    [many] Jeszcze około { $minutes } minut
   *[other] Jeszcze około { $minutes } minuty
}
upload-time-soon = Mniej niż minuta
upload-paused = Wstrzymano. Naciśnij „Wznów”, aby kontynuować.
upload-pause = Wstrzymaj
upload-resume = Wznów
not-answered = Brak odpowiedzi
yes = Tak
no = Nie
consent-agree = Tak, zgadzam się
optional = (nieobowiązkowe)

## Errors

error-prefix = Błąd:
error-summary-title = Jest problem

## After sending

done-title = Wniosek wysłany
done-reference = Twój numer wniosku
done-keep = Zapisz ten numer albo zrób mu zdjęcie.
send-failed = Twój wniosek nie został jeszcze wysłany. Twoje odpowiedzi nadal tu są. Spróbuj ponownie.
send-rejected = Nie udało się przyjąć Twojego wniosku. Skontaktuj się z nami.
try-again = Spróbuj ponownie
received = Odbiorca: { $organisation }. Numer wniosku: { $reference }.
outbox-kept = Odebrano. Kopia pozostanie na tym urządzeniu do { $when }.
outbox-title = Czeka na wysłanie
outbox-send-now = Wyślij teraz
offline-saved = Zapisano na tym urządzeniu. Wyślemy wniosek, gdy będzie internet.
only-on-page = Nie udało się zapisać wniosku na tym urządzeniu. Nie zamykaj tej strony: wyślemy wniosek, gdy będzie internet.

## The start page

closed = Ten formularz jest zamknięty. Nie przyjmuje nowych wniosków.
closed-draft = Ten formularz został zamknięty. Nadal możesz zobaczyć swoje odpowiedzi. Skontaktuj się z nami w sprawie ich wysłania.
contact-intro = Nie masz pewności? Najpierw porozmawiaj z nami.
time-needed = Potrzebny czas: { $minutes ->
    [one] { $minutes } minuta
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
closes = Ostatni dzień: { $date }
who-can-apply = Kto może złożyć wniosek

## When the form cannot open

cannot-open = Przepraszamy, nie można teraz otworzyć tego formularza.
cannot-open-next = Spróbuj ponownie później albo zapytaj osobę, która dała Ci link.
details-for-organisers = Szczegóły dla organizatorów

## Repeated groups of questions

add-entry = Dodaj jeszcze
remove-entry = Usuń
entry-number = Pozycja { $n }

## Notices

files-not-ready = W tej wersji nie można nagrywać ani przesyłać plików. Opisz swoją odpowiedź na piśmie albo skontaktuj się z nami.
new-version = Nowa wersja jest gotowa. Zadziała przy następnym otwarciu.
storage-unavailable = Nie można zapisać Twoich odpowiedzi na tym urządzeniu. Wypełnij formularz za jednym razem albo poproś o pomoc.
offline-unavailable = To urządzenie nie może zachować tego formularza do pracy bez internetu. Możliwe, że pamięć urządzenia jest pełna. Formularz działa, gdy jest internet.

## Answer checks

error-required = Odpowiedz na to pytanie.
error-too-short = Wpisz co najmniej { $min ->
    [one] { $min } znak
    [few] { $min } znaki
    [many] { $min } znaków
   *[other] { $min } znaku
}.
error-too-long = Wpisz nie więcej niż { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}.
error-not-a-number = Wpisz liczbę, na przykład 250.
error-too-small = Liczba musi wynosić { $min } lub więcej.
error-too-large = Liczba musi wynosić { $max } lub mniej.
error-not-whole-number = Wpisz liczbę całkowitą, bez przecinka.
error-not-an-email = Wpisz adres e-mail, na przykład name@example.com.
error-not-a-phone = Wpisz numer telefonu, na przykład 07700 900123.
error-pattern-mismatch = Sprawdź tę odpowiedź. Ma niewłaściwą postać.
error-not-a-date = Wpisz poprawną datę.
error-date-too-early = Data nie może być wcześniejsza niż { $min }.
error-date-too-late = Data nie może być późniejsza niż { $max }.
error-not-a-choice = Wybierz jedną z odpowiedzi.
error-too-few-choices = Wybierz co najmniej { $min ->
    [one] { $min } odpowiedź
    [few] { $min } odpowiedzi
    [many] { $min } odpowiedzi
   *[other] { $min } odpowiedzi
}.
error-too-many-choices = Wybierz nie więcej niż { $max ->
    [one] { $max } odpowiedź
    [few] { $max } odpowiedzi
    [many] { $max } odpowiedzi
   *[other] { $max } odpowiedzi
}.
error-out-of-scale = Wybierz punkt na skali.
error-must-consent = Zaznacz pole, aby wyrazić zgodę.
error-file-type-not-allowed = Tego rodzaju pliku nie można tu użyć.
error-file-too-large = Plik jest za duży. Limit to { $megabytes } MB.
error-recording-too-long = Nagranie jest za długie. Limit to { $seconds ->
    [one] { $seconds } sekunda
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
error-wrong-kind = Sprawdź tę odpowiedź.
error-too-few-entries = Dodaj co najmniej { $min }.
error-too-many-entries = Dodaj nie więcej niż { $max }.

## Dates and repeated entries

date-day = Dzień
date-month = Miesiąc
date-year = Rok
move-up = Przesuń w górę
move-down = Przesuń w dół

## Applications saved on this device

drafts-title = Wnioski na tym urządzeniu
draft-edited = Ostatnia zmiana { $when }
draft-continue = Kontynuuj
draft-delete = Usuń
draft-delete-confirm = Usunąć ten wniosek? Tego nie można cofnąć.
draft-delete-yes = Tak, usuń
draft-delete-no = Nie, zostaw
start-new = Zacznij nowy wniosek
form-changed = Ten formularz zmienił się, odkąd zaczęto. Niektóre odpowiedzi dotyczą pytań, których już w nim nie ma. Są zachowane na tym urządzeniu:

## Recording and files

record-why-video = Aby nagrać odpowiedź wideo, strona poprosi o dostęp do kamery i mikrofonu. Nic się nie nagrywa, dopóki nie naciśniesz „Zacznij”.
record-why-audio = Aby nagrać odpowiedź, strona poprosi o dostęp do mikrofonu. Nic się nie nagrywa, dopóki nie naciśniesz „Zacznij”.
record-start = Zacznij nagrywać
record-stop = Zatrzymaj
record-again = Nagraj ponownie
record-time = { $elapsed } z { $limit }
choose-file = Albo wybierz plik z tego urządzenia
record-denied = Nie można użyć kamery ani mikrofonu. Możesz wybrać plik albo napisać odpowiedź.
record-unavailable = Nagrywanie nie działa na tym urządzeniu. Możesz wybrać plik albo napisać odpowiedź.
media-not-saved = Nie udało się zapisać tego nagrania ani pliku na tym urządzeniu. Możliwe, że pamięć urządzenia jest pełna. Możesz zamiast tego napisać odpowiedź albo poprosić o pomoc.

## Shared tablet: a PIN protects an application

pin-title = Zabezpiecz swoje odpowiedzi kodem PIN
pin-why = Z tego tabletu korzysta wiele osób. Wybierz pseudonim i kod PIN, który ma od 4 do 8 cyfr. Tylko osoba, która zna PIN, może otworzyć Twój wniosek.
pin-nickname = Pseudonim dla Twojego wniosku
pin-nickname-hint = Inne osoby zobaczą tylko tę nazwę. Nie używaj swojego prawdziwego imienia.
pin-nickname-missing = Wpisz pseudonim.
pin-new = Wybierz kod PIN
pin-again = Wpisz kod PIN jeszcze raz
pin-use = Zabezpiecz i zacznij
pin-skip = Zacznij bez kodu PIN
pin-working = Zabezpieczamy Twoje odpowiedzi…
pin-length = Kod PIN ma od 4 do 8 cyfr.
pin-digits = Kod PIN może mieć tylko cyfry.
pin-mismatch = Te dwa kody PIN nie są takie same. Wpisz je jeszcze raz.
pin-enter = Twój kod PIN
pin-open = Otwórz
pin-wrong = Ten kod PIN jest nieprawidłowy.
pin-wait = Możesz spróbować ponownie o { $time }.
pin-protected = Zabezpieczony kodem PIN
pin-unavailable = Na tym tablecie nie można zabezpieczyć odpowiedzi kodem PIN. Poproś o pomoc osobę z obsługi.
lock-now = Zablokuj mój wniosek
finish-clear = Zakończ i wyczyść ten tablet

## Keeping a copy of the answers

copy-title = Zachowaj kopię swoich odpowiedzi
copy-print = Wydrukuj albo zapisz jako PDF
copy-download = Pobierz moje odpowiedzi

## Answering a written question another way

mode-legend = Jak chcesz odpowiedzieć?
mode-write = Napisz
mode-say = Nagraj głos zamiast pisania
mode-film = Nagraj wideo zamiast pisania

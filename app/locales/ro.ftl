# Seedform interface — Romanian (ro)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Polite "dumneavoastră" forms. Letters ș and ț with comma below.
# Plural categories (CLDR): one, few (0, 2–19, fractions), other (20 and up: "de").

language-name = Română
language-switcher = Limba

## Moving through the form

loading = Se deschide formularul…
continue = Continuați
back = Înapoi
start = Începeți acum
change = Schimbați
progress = Întrebarea { $current } din { $total }
listen = Ascultați
listen-stop = Opriți

## Check your answers and send

check-title = Verificați răspunsurile
check-intro = Uitați-vă la răspunsuri. Le puteți schimba.
submit = Trimiteți cererea mea
sending = Se trimite…
sending-percent = Se trimite… { $percent } %
upload-bytes = { $sent } din { $total } MB
upload-time-left = { $minutes ->
    [one] Mai este aproximativ { $minutes } minut
    [few] Mai sunt aproximativ { $minutes } minute
   *[other] Mai sunt aproximativ { $minutes } de minute
}
upload-time-soon = Mai puțin de un minut
upload-paused = Pus pe pauză. Apăsați „Continuați” pentru a merge mai departe.
upload-pause = Pauză
upload-resume = Continuați
not-answered = Fără răspuns
yes = Da
no = Nu
consent-agree = Da, sunt de acord
optional = (opțional)

## Errors

error-prefix = Eroare:
error-summary-title = Există o problemă

## After sending

done-title = Cererea a fost trimisă
done-reference = Numărul cererii dumneavoastră
done-keep = Notați acest număr sau faceți-i o fotografie.
send-failed = Cererea nu a fost trimisă încă. Răspunsurile sunt tot aici. Vă rugăm să încercați din nou.
send-rejected = Cererea nu a putut fi acceptată. Vă rugăm să ne contactați.
try-again = Încercați din nou
received = Primită de { $organisation }. Numărul cererii: { $reference }.
outbox-kept = Primită. O copie rămâne pe acest dispozitiv până la { $when }.
outbox-title = Așteaptă să fie trimise
outbox-send-now = Trimiteți acum
offline-saved = Salvat pe acest dispozitiv. Va fi trimis când aveți internet.
only-on-page = Cererea nu a putut fi salvată pe acest dispozitiv. Nu închideți această pagină: va fi trimisă când aveți internet.

## The start page

closed = Acest formular este închis. Nu mai primește cereri noi.
closed-draft = Acest formular s-a închis. Puteți vedea în continuare răspunsurile. Vă rugăm să ne contactați pentru a le trimite.
contact-intro = Nu știți sigur? Vorbiți mai întâi cu noi.
time-needed = Timp necesar: { $minutes ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
}
closes = Ultima zi: { $date }
who-can-apply = Cine poate depune o cerere

## When the form cannot open

cannot-open = Ne pare rău, acest formular nu poate fi deschis acum.
cannot-open-next = Vă rugăm să încercați mai târziu sau să întrebați persoana care v-a dat linkul.
details-for-organisers = Detalii pentru organizatori

## Repeated groups of questions

add-entry = Mai adăugați
remove-entry = Ștergeți
entry-number = Numărul { $n }

## Notices

files-not-ready = În această versiune nu se pot înregistra sau încărca fișiere. Vă rugăm să scrieți răspunsul sau să ne contactați.
new-version = Este gata o versiune nouă. Va fi folosită data viitoare.
storage-unavailable = Răspunsurile nu pot fi salvate pe acest dispozitiv. Vă rugăm să terminați totul dintr-odată sau să cereți ajutor.
offline-unavailable = Acest dispozitiv nu poate păstra formularul pentru folosire fără internet. Poate că memoria dispozitivului este plină. Formularul funcționează cât timp aveți internet.

## Answer checks

error-required = Vă rugăm să răspundeți la această întrebare.
error-too-short = Vă rugăm să scrieți cel puțin { $min ->
    [one] { $min } caracter
    [few] { $min } caractere
   *[other] { $min } de caractere
}.
error-too-long = Vă rugăm să scrieți cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}.
error-not-a-number = Vă rugăm să scrieți un număr, de exemplu 250.
error-too-small = Numărul trebuie să fie { $min } sau mai mare.
error-too-large = Numărul trebuie să fie { $max } sau mai mic.
error-not-whole-number = Vă rugăm să scrieți un număr întreg, fără zecimale.
error-not-an-email = Vă rugăm să scrieți o adresă de e-mail, de exemplu name@example.com.
error-not-a-phone = Vă rugăm să scrieți un număr de telefon, de exemplu 07700 900123.
error-pattern-mismatch = Vă rugăm să verificați acest răspuns. Nu are forma așteptată.
error-not-a-date = Vă rugăm să introduceți o dată corectă.
error-date-too-early = Data nu poate fi înainte de { $min }.
error-date-too-late = Data nu poate fi după { $max }.
error-not-a-choice = Vă rugăm să alegeți una dintre variante.
error-too-few-choices = Vă rugăm să alegeți cel puțin { $min ->
    [one] { $min } variantă
    [few] { $min } variante
   *[other] { $min } de variante
}.
error-too-many-choices = Vă rugăm să alegeți cel mult { $max ->
    [one] { $max } variantă
    [few] { $max } variante
   *[other] { $max } de variante
}.
error-out-of-scale = Vă rugăm să alegeți un punct pe scală.
error-must-consent = Vă rugăm să bifați căsuța pentru a vă da acordul.
error-file-type-not-allowed = Acest tip de fișier nu poate fi folosit aici.
error-file-too-large = Fișierul este prea mare. Limita este de { $megabytes } MB.
error-recording-too-long = Înregistrarea este prea lungă. Limita este de { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}.
error-wrong-kind = Vă rugăm să verificați acest răspuns.
error-too-few-entries = Vă rugăm să adăugați cel puțin { $min }.
error-too-many-entries = Vă rugăm să adăugați cel mult { $max }.

## Dates and repeated entries

date-day = Ziua
date-month = Luna
date-year = Anul
move-up = Mută mai sus
move-down = Mută mai jos

## Applications saved on this device

drafts-title = Cereri pe acest dispozitiv
draft-edited = Ultima schimbare { $when }
draft-continue = Continuă
draft-delete = Șterge
draft-delete-confirm = Ștergi această cerere? Nu se poate anula.
draft-delete-yes = Da, șterge-o
draft-delete-no = Nu, păstreaz-o
start-new = Începe o cerere nouă
form-changed = Acest formular s-a schimbat de când ați început. Unele răspunsuri sunt pentru întrebări care nu mai există. Sunt păstrate pe acest dispozitiv:

## Recording and files

record-why-video = Pentru a filma răspunsul, pagina va cere acces la cameră și microfon. Nimic nu se înregistrează până nu apăsați Începe.
record-why-audio = Pentru a înregistra răspunsul, pagina va cere acces la microfon. Nimic nu se înregistrează până nu apăsați Începe.
record-start = Începe înregistrarea
record-stop = Oprește
record-again = Înregistrează din nou
record-time = { $elapsed } din { $limit }
choose-file = Sau alegeți un fișier de pe acest dispozitiv
record-denied = Camera sau microfonul nu pot fi folosite. Puteți alege un fișier sau scrie răspunsul.
record-unavailable = Înregistrarea nu merge pe acest dispozitiv. Puteți alege un fișier sau scrie răspunsul.
media-not-saved = Această înregistrare sau acest fișier nu a putut fi salvat pe acest dispozitiv. Poate că memoria dispozitivului este plină. Puteți scrie răspunsul în schimb sau puteți cere ajutor.

## Shared tablet: a PIN protects an application

pin-title = Protejați răspunsurile cu un cod PIN
pin-why = Această tabletă este folosită de mai multe persoane. Alegeți un pseudonim și un cod PIN de 4 până la 8 cifre. Doar cine știe codul PIN poate deschide cererea dumneavoastră.
pin-nickname = Un pseudonim pentru cererea dumneavoastră
pin-nickname-hint = Ceilalți vor vedea doar acest nume. Nu folosiți numele adevărat.
pin-nickname-missing = Scrieți un pseudonim.
pin-new = Alegeți un cod PIN
pin-again = Scrieți din nou codul PIN
pin-use = Protejați și începeți
pin-skip = Începeți fără cod PIN
pin-working = Se protejează răspunsurile…
pin-length = Codul PIN are între 4 și 8 cifre.
pin-digits = Codul PIN poate avea doar cifre.
pin-mismatch = Cele două coduri PIN nu sunt la fel. Scrieți-le din nou.
pin-enter = Codul dumneavoastră PIN
pin-open = Deschideți
pin-wrong = Codul PIN nu este corect.
pin-wait = Puteți încerca din nou la ora { $time }.
pin-protected = Protejată cu cod PIN
pin-unavailable = Această tabletă nu poate proteja răspunsurile cu un cod PIN. Cereți ajutor personalului.
lock-now = Blocați cererea mea
finish-clear = Terminați și goliți această tabletă

## Keeping a copy of the answers

copy-title = Păstrați o copie a răspunsurilor
copy-print = Tipăriți sau salvați ca PDF
copy-download = Descărcați răspunsurile mele

## Answering a written question another way

mode-legend = Cum doriți să răspundeți?
mode-write = Scrieți răspunsul
mode-say = Înregistrați-vă vocea în loc să scrieți
mode-film = Filmați răspunsul în loc să scrieți

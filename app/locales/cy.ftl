# Seedform interface — Welsh (cy)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Polite "chi" forms. Welsh keeps the noun singular after a number; numbers are shown as digits,
# so no mutation is applied to the noun.
# Plural categories (CLDR): zero, one, two, few, many, other.

language-name = Cymraeg
language-switcher = Iaith

## Moving through the form

loading = Wrthi'n agor y ffurflen…
continue = Parhau
back = Yn ôl
start = Dechrau nawr
change = Newid
progress = Cwestiwn { $current } o { $total }
listen = Gwrando
listen-stop = Stopio

## Check your answers and send

check-title = Gwirio eich atebion
check-intro = Edrychwch ar eich atebion. Gallwch eu newid.
submit = Anfon fy nghais
sending = Wrthi'n anfon…
sending-percent = Wrthi'n anfon… { $percent } %
upload-bytes = { $sent } o { $total } MB
upload-time-left = { $minutes ->
    [zero] Tua { $minutes } munud ar ôl
    [one] Tua { $minutes } munud ar ôl
    [two] Tua { $minutes } munud ar ôl
    [few] Tua { $minutes } munud ar ôl
    [many] Tua { $minutes } munud ar ôl
   *[other] Tua { $minutes } munud ar ôl
}
upload-time-soon = Llai na munud ar ôl
upload-paused = Wedi oedi. Pwyswch “Ailddechrau” i barhau.
upload-pause = Oedi
upload-resume = Ailddechrau
not-answered = Heb ateb
yes = Ie
no = Na
consent-agree = Ydw, rwy'n cytuno
optional = (dewisol)

## Errors

error-prefix = Gwall:
error-summary-title = Mae problem

## After sending

done-title = Cais wedi'i anfon
done-reference = Eich cyfeirnod
done-keep = Ysgrifennwch y rhif hwn, neu tynnwch lun ohono.
send-failed = Nid yw eich cais wedi'i anfon eto. Mae eich atebion yma o hyd. Rhowch gynnig arall arni.
send-rejected = Nid oedd modd derbyn eich cais. Cysylltwch â ni.
try-again = Rhoi cynnig arall arni
received = Wedi'i dderbyn gan { $organisation }. Cyfeirnod { $reference }.
outbox-kept = Wedi'i dderbyn. Mae copi'n aros ar y ddyfais hon tan { $when }.
outbox-title = Yn aros i gael eu hanfon
outbox-send-now = Anfon nawr
offline-saved = Wedi'i gadw ar y ddyfais hon. Bydd yn cael ei anfon pan fyddwch ar-lein.
only-on-page = Doedd dim modd cadw eich cais ar y ddyfais hon. Peidiwch â chau'r dudalen hon: bydd yn cael ei anfon pan fyddwch ar-lein.

## The start page

closed = Mae'r ffurflen hon ar gau. Nid yw'n derbyn ceisiadau newydd.
closed-draft = Mae'r ffurflen hon wedi cau. Gallwch edrych ar eich atebion o hyd. Cysylltwch â ni am eu hanfon.
contact-intro = Ddim yn siŵr? Siaradwch â ni yn gyntaf.
time-needed = Amser sydd ei angen: { $minutes ->
    [zero] { $minutes } munud
    [one] { $minutes } munud
    [two] { $minutes } munud
    [few] { $minutes } munud
    [many] { $minutes } munud
   *[other] { $minutes } munud
}
closes = Yn cau: { $date }
who-can-apply = Pwy all wneud cais

## When the form cannot open

cannot-open = Mae'n ddrwg gennym, nid oes modd agor y ffurflen hon ar hyn o bryd.
cannot-open-next = Rhowch gynnig arall arni nes ymlaen, neu gofynnwch i'r person a roddodd y ddolen i chi.
details-for-organisers = Manylion i'r trefnwyr

## Repeated groups of questions

add-entry = Ychwanegu un arall
remove-entry = Tynnu
entry-number = Cofnod { $n }

## Notices

files-not-ready = Nid oes modd recordio na llwytho ffeiliau i fyny yn y fersiwn hon. Disgrifiwch eich ateb yn ysgrifenedig, neu cysylltwch â ni.
new-version = Mae fersiwn newydd yn barod. Bydd yn cael ei defnyddio y tro nesaf.
storage-unavailable = Nid oes modd cadw eich atebion ar y ddyfais hon. Gorffennwch y cyfan mewn un tro, neu gofynnwch am help.
offline-unavailable = Does dim modd i'r ddyfais hon gadw'r ffurflen hon i'w defnyddio heb y rhyngrwyd. Efallai fod y ddyfais yn llawn. Mae'r ffurflen yn gweithio tra byddwch ar-lein.

## Answer checks

error-required = Atebwch y cwestiwn hwn.
error-too-short = Ysgrifennwch o leiaf { $min ->
    [zero] { $min } nod
    [one] { $min } nod
    [two] { $min } nod
    [few] { $min } nod
    [many] { $min } nod
   *[other] { $min } nod
}.
error-too-long = Peidiwch ag ysgrifennu mwy na { $max ->
    [zero] { $max } nod
    [one] { $max } nod
    [two] { $max } nod
    [few] { $max } nod
    [many] { $max } nod
   *[other] { $max } nod
}.
error-not-a-number = Ysgrifennwch rif, fel 250.
error-too-small = Rhaid i'r rhif fod yn { $min } neu'n fwy.
error-too-large = Rhaid i'r rhif fod yn { $max } neu'n llai.
error-not-whole-number = Ysgrifennwch rif cyfan, heb ddegolion.
error-not-an-email = Ysgrifennwch gyfeiriad e-bost, fel name@example.com.
error-not-a-phone = Ysgrifennwch rif ffôn, fel 07700 900123.
error-pattern-mismatch = Gwiriwch yr ateb hwn. Nid yw yn y ffurf ddisgwyliedig.
error-not-a-date = Rhowch ddyddiad go iawn.
error-date-too-early = Rhaid i'r dyddiad fod ar { $min } neu ar ôl hynny.
error-date-too-late = Rhaid i'r dyddiad fod ar { $max } neu cyn hynny.
error-not-a-choice = Dewiswch un o'r opsiynau.
error-too-few-choices = Dewiswch o leiaf { $min ->
    [zero] { $min } opsiwn
    [one] { $min } opsiwn
    [two] { $min } opsiwn
    [few] { $min } opsiwn
    [many] { $min } opsiwn
   *[other] { $min } opsiwn
}.
error-too-many-choices = Peidiwch â dewis mwy na { $max ->
    [zero] { $max } opsiwn
    [one] { $max } opsiwn
    [two] { $max } opsiwn
    [few] { $max } opsiwn
    [many] { $max } opsiwn
   *[other] { $max } opsiwn
}.
error-out-of-scale = Dewiswch bwynt ar y raddfa.
error-must-consent = Ticiwch y blwch i gytuno.
error-file-type-not-allowed = Nid oes modd defnyddio'r math hwn o ffeil yma.
error-file-too-large = Mae'r ffeil yn rhy fawr. Y terfyn yw { $megabytes } MB.
error-recording-too-long = Mae'r recordiad yn rhy hir. Y terfyn yw { $seconds ->
    [zero] { $seconds } eiliad
    [one] { $seconds } eiliad
    [two] { $seconds } eiliad
    [few] { $seconds } eiliad
    [many] { $seconds } eiliad
   *[other] { $seconds } eiliad
}.
error-wrong-kind = Gwiriwch yr ateb hwn.
error-too-few-entries = Ychwanegwch o leiaf { $min }.
error-too-many-entries = Peidiwch ag ychwanegu mwy na { $max }.

## Dates and repeated entries

date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
move-up = Symud i fyny
move-down = Symud i lawr

## Applications saved on this device

drafts-title = Ceisiadau ar y ddyfais hon
draft-edited = Newid diwethaf { $when }
draft-continue = Parhau
draft-delete = Dileu
draft-delete-confirm = Dileu’r cais hwn? Does dim modd dadwneud hyn.
draft-delete-yes = Ie, dilëwch e
draft-delete-no = Na, cadwch e
start-new = Dechrau cais newydd
form-changed = Mae’r ffurflen hon wedi newid ers i chi ddechrau. Mae rhai o’ch atebion ar gyfer cwestiynau nad yw’n eu gofyn mwyach. Maen nhw’n cael eu cadw ar y ddyfais hon:

## Recording and files

record-why-video = I ffilmio eich ateb, bydd y dudalen yn gofyn am eich camera a’ch meicroffon. Does dim yn cael ei recordio nes i chi bwyso Dechrau.
record-why-audio = I recordio eich ateb, bydd y dudalen yn gofyn am eich meicroffon. Does dim yn cael ei recordio nes i chi bwyso Dechrau.
record-start = Dechrau recordio
record-stop = Stopio
record-again = Recordio eto
record-time = { $elapsed } o { $limit }
choose-file = Neu dewiswch ffeil o’r ddyfais hon
record-denied = Does dim modd defnyddio’r camera na’r meicroffon. Gallwch ddewis ffeil, neu ysgrifennu eich ateb.
record-unavailable = Dydy recordio ddim yn gweithio ar y ddyfais hon. Gallwch ddewis ffeil, neu ysgrifennu eich ateb.
media-not-saved = Doedd dim modd cadw'r recordiad neu'r ffeil hon ar y ddyfais hon. Efallai fod y ddyfais yn llawn. Gallwch ysgrifennu eich ateb yn lle hynny, neu ofyn am help.

## Shared tablet: a PIN protects an application

pin-title = Diogelu eich atebion gyda PIN
pin-why = Mae'r llechen hon yn cael ei rhannu. Dewiswch lysenw a PIN o 4 i 8 rhif. Dim ond rhywun sy'n gwybod y PIN all agor eich cais.
pin-nickname = Llysenw ar gyfer eich cais
pin-nickname-hint = Dim ond yr enw hwn y bydd pobl eraill yn ei weld. Peidiwch â defnyddio eich enw go iawn.
pin-nickname-missing = Ysgrifennwch lysenw.
pin-new = Dewiswch PIN
pin-again = Teipiwch y PIN eto
pin-use = Diogelu a dechrau
pin-skip = Dechrau heb PIN
pin-working = Wrthi'n diogelu eich atebion…
pin-length = Mae gan PIN 4 i 8 rhif.
pin-digits = Dim ond rhifau sydd mewn PIN.
pin-mismatch = Dydy'r ddau PIN ddim yr un fath. Teipiwch nhw eto.
pin-enter = Eich PIN
pin-open = Agor
pin-wrong = Dydy'r PIN hwnnw ddim yn gywir.
pin-wait = Gallwch roi cynnig arall arni am { $time }.
pin-protected = Wedi'i ddiogelu gyda PIN
pin-unavailable = Does dim modd i'r llechen hon ddiogelu atebion gyda PIN. Gofynnwch i'r staff am help.
lock-now = Cloi fy nghais
finish-clear = Gorffen a chlirio'r llechen hon

## Keeping a copy of the answers

copy-title = Cadw copi o'ch atebion
copy-print = Argraffu neu gadw fel PDF
copy-download = Lawrlwytho fy atebion

## Answering a written question another way

mode-legend = Sut hoffech chi ateb?
mode-write = Ysgrifennu’r ateb
mode-say = Recordio eich llais yn lle ysgrifennu
mode-film = Ffilmio’r ateb yn lle ysgrifennu

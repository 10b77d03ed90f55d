# Seedform interface — Somali (so)
# Review: NOT yet reviewed by a fluent speaker. Written in plain words; please have it checked.
# Somali keeps the noun singular after a number, so both plural variants read the same.
# Plural categories (CLDR): one, other.

language-name = Soomaali
language-switcher = Luqadda

## Moving through the form

loading = Foomka waa la furayaa…
continue = Sii wad
back = Dib u noqo
start = Hadda bilow
change = Beddel
progress = Su'aasha { $current } ee { $total }
listen = Dhageyso
listen-stop = Jooji

## Check your answers and send

check-title = Hubi jawaabahaaga
check-intro = Eeg jawaabahaaga. Waad beddeli kartaa.
submit = Dir codsigayga
sending = Waa la dirayaa…
sending-percent = Waa la dirayaa… { $percent } %
upload-bytes = { $sent } ka mid ah { $total } MB
upload-time-left = { $minutes ->
    [one] Qiyaastii { $minutes } daqiiqo ayaa hadhay
   *[other] Qiyaastii { $minutes } daqiiqo ayaa hadhay
}
upload-time-soon = In ka yar hal daqiiqo ayaa hadhay
upload-paused = Waa la hakiyay. Riix «Sii wad» si aad u sii wadato.
upload-pause = Hakin
upload-resume = Sii wad
not-answered = Lama jawaabin
yes = Haa
no = Maya
consent-agree = Haa, waan ogolahay
optional = (ikhtiyaari)

## Errors

error-prefix = Khalad:
error-summary-title = Dhib baa jira

## After sending

done-title = Codsiga waa la diray
done-reference = Lambarkaaga tixraaca
done-keep = Qor lambarkan, ama sawir ka qaad.
send-failed = Codsigaaga weli lama dirin. Jawaabahaagu weli halkan bay ku jiraan. Fadlan mar kale isku day.
send-rejected = Codsigaaga lama aqbali karo. Fadlan nala soo xiriir.
try-again = Mar kale isku day
received = Waxaa helay { $organisation }. Lambarka tixraaca: { $reference }.
outbox-kept = Waa la helay. Nuqul ayaa qalabkan ku jiraya ilaa { $when }.
outbox-title = Sugaya in la diro
outbox-send-now = Hadda dir
offline-saved = Waxaa lagu keydiyey qalabkan. Waa la diri doonaa marka aad internet hesho.
only-on-page = Codsigaaga laguma keydin karin qalabkan. Boggan ha xirin: waa la diri doonaa marka aad internet hesho.

## The start page

closed = Foomkan waa xiran yahay. Codsiyo cusub ma aqbalayo.
closed-draft = Foomkan waa la xiray. Weli waad eegi kartaa jawaabahaaga. Fadlan nala soo xiriir si loo diro.
contact-intro = Ma hubtid? Marka hore nala hadal.
time-needed = Waqtiga loo baahan yahay: { $minutes ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo
}
closes = Wuxuu xirmayaa: { $date }
who-can-apply = Yaa codsan kara

## When the form cannot open

cannot-open = Waan ka xunnahay, foomkan hadda lama furi karo.
cannot-open-next = Fadlan mar dambe isku day, ama weydii qofka ku siiyey linkiga.
details-for-organisers = Faahfaahin loogu talagalay qabanqaabiyeyaasha

## Repeated groups of questions

add-entry = Mid kale ku dar
remove-entry = Ka saar
entry-number = Qaybta { $n }

## Notices

files-not-ready = Duubista iyo soo gelinta faylasha kuma jiraan noocan. Fadlan jawaabtaada ku qor qoraal, ama nala soo xiriir.
new-version = Nooc cusub ayaa diyaar ah. Waxaa la isticmaali doonaa marka xigta.
storage-unavailable = Jawaabahaaga laguma keydin karo qalabkan. Fadlan hal mar ku dhammee, ama caawimaad weydiiso.
offline-unavailable = Qalabkani kuma keydin karo foomkan si loo isticmaalo internet la'aan. Qalabku waa laga yaabaa inuu buuxo. Foomku wuu shaqeynayaa inta aad internet haysato.

## Answer checks

error-required = Fadlan ka jawaab su'aashan.
error-too-short = Fadlan qor ugu yaraan { $min ->
    [one] { $min } xaraf
   *[other] { $min } xaraf
}.
error-too-long = Fadlan ha qorin wax ka badan { $max ->
    [one] { $max } xaraf
   *[other] { $max } xaraf
}.
error-not-a-number = Fadlan qor lambar, sida 250.
error-too-small = Lambarku waa inuu ahaadaa { $min } ama ka badan.
error-too-large = Lambarku waa inuu ahaadaa { $max } ama ka yar.
error-not-whole-number = Fadlan qor lambar dhan, jajab la'aan.
error-not-an-email = Fadlan qor cinwaan iimayl, sida name@example.com.
error-not-a-phone = Fadlan qor lambar telefoon, sida 07700 900123.
error-pattern-mismatch = Fadlan hubi jawaabtan. Qaabka la rabo kuma qorna.
error-not-a-date = Fadlan geli taariikh sax ah.
error-date-too-early = Taariikhdu waa inay ahaataa { $min } ama ka dib.
error-date-too-late = Taariikhdu waa inay ahaataa { $max } ama ka hor.
error-not-a-choice = Fadlan dooro mid ka mid ah jawaabaha.
error-too-few-choices = Fadlan dooro ugu yaraan { $min ->
    [one] { $min } jawaab
   *[other] { $min } jawaabood
}.
error-too-many-choices = Fadlan ha dooran wax ka badan { $max ->
    [one] { $max } jawaab
   *[other] { $max } jawaabood
}.
error-out-of-scale = Fadlan dooro hal dhibic oo ku taal cabbirka.
error-must-consent = Fadlan calaamadee sanduuqa si aad u ogolaato.
error-file-type-not-allowed = Fayl noocan ah halkan lagama isticmaali karo.
error-file-too-large = Faylku aad buu u weyn yahay. Xadku waa { $megabytes } MB.
error-recording-too-long = Duubistu aad bay u dheer tahay. Xadku waa { $seconds ->
    [one] { $seconds } ilbiriqsi
   *[other] { $seconds } ilbiriqsi
}.
error-wrong-kind = Fadlan hubi jawaabtan.
error-too-few-entries = Fadlan ku dar ugu yaraan { $min }.
error-too-many-entries = Fadlan ha ku darin wax ka badan { $max }.

## Dates and repeated entries

date-day = Maalin
date-month = Bil
date-year = Sanad
move-up = Kor u qaad
move-down = Hoos u dhig

## Applications saved on this device

drafts-title = Codsiyada qalabkan ku jira
draft-edited = Markii ugu dambeysay la beddelay { $when }
draft-continue = Sii wad
draft-delete = Tirtir
draft-delete-confirm = Ma tirtirtaa codsigan? Dib looma soo celin karo.
draft-delete-yes = Haa, tirtir
draft-delete-no = Maya, hay
start-new = Bilow codsi cusub
form-changed = Foomkan wuu is beddelay tan iyo markii aad bilowday. Qaar ka mid ah jawaabahaaga waxay u socdaan su’aalo aan hadda la weydiin. Waxay ku kaydsan yihiin qalabkan:

## Recording and files

record-why-video = Si aad jawaabtaada u duubto muuqaal, boggan wuxuu ku weydiin doonaa kamarada iyo makarafoonka. Waxba lama duubo ilaa aad riixdo Bilow.
record-why-audio = Si aad jawaabtaada u duubto, boggan wuxuu ku weydiin doonaa makarafoonka. Waxba lama duubo ilaa aad riixdo Bilow.
record-start = Bilow duubista
record-stop = Jooji
record-again = Mar kale duub
record-time = { $elapsed } ee { $limit }
choose-file = Ama ka dooro fayl qalabkan
record-denied = Kamarada ama makarafoonka lama isticmaali karo. Waxaad dooran kartaa fayl, ama qori kartaa jawaabtaada.
record-unavailable = Duubistu kama shaqeyso qalabkan. Waxaad dooran kartaa fayl, ama qori kartaa jawaabtaada.
media-not-saved = Duubistan ama faylkan laguma keydin karin qalabkan. Qalabku waa laga yaabaa inuu buuxo. Waxaad qori kartaa jawaabtaada, ama caawimaad weydiiso.

## Shared tablet: a PIN protects an application

pin-title = Jawaabahaaga ku ilaali lambar sir ah
pin-why = Qalabkan dad badan ayaa isticmaala. Dooro naanays iyo lambar sir ah oo ah 4 ilaa 8 lambar. Qofka yaqaan lambarka sirta ah oo keliya ayaa furi kara codsigaaga.
pin-nickname = Naanays codsigaaga
pin-nickname-hint = Dadka kale magacan oo keliya ayay arki doonaan. Ha isticmaalin magacaaga dhabta ah.
pin-nickname-missing = Qor naanays.
pin-new = Dooro lambar sir ah
pin-again = Mar kale qor lambarka sirta ah
pin-use = Ilaali oo bilow
pin-skip = Bilow lambar sir ah la'aan
pin-working = Jawaabahaaga waa la ilaalinayaa…
pin-length = Lambarka sirta ah waa 4 ilaa 8 lambar.
pin-digits = Lambarka sirta ah waa lambarro oo keliya.
pin-mismatch = Labada lambar sir ah isku mid ma aha. Mar kale qor.
pin-enter = Lambarkaaga sirta ah
pin-open = Fur
pin-wrong = Lambarkan sirta ah sax ma aha.
pin-wait = Waxaad mar kale isku dayi kartaa saacadda { $time }.
pin-protected = Waxaa lagu ilaaliyey lambar sir ah
pin-unavailable = Qalabkan kuma ilaalin karo jawaabaha lambar sir ah. Caawimaad weydii shaqaalaha.
lock-now = Xir codsigayga
finish-clear = Dhammee oo nadiifi qalabkan

## Keeping a copy of the answers

copy-title = Hayso nuqulka jawaabahaaga
copy-print = Daabac ama u keydi PDF ahaan
copy-download = Soo deji jawaabahayga

## Answering a written question another way

mode-legend = Sidee baad rabtaa inaad uga jawaabto?
mode-write = Qor
mode-say = Codkaaga duub halkii aad qori lahayd
mode-film = Muuqaal duub halkii aad qori lahayd

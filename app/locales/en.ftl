# Seedform interface — English (en)
# Review: source language.
# Plain, short words. One idea per sentence.
# Plural categories (CLDR): one, other.

language-name = English
language-switcher = Language

## Moving through the form

loading = Loading the form…
continue = Continue
back = Back
start = Start now
change = Change
progress = Question { $current } of { $total }
listen = Listen
listen-stop = Stop

## Check your answers and send

check-title = Check your answers
check-intro = Look at your answers. You can change them.
submit = Send my application
sending = Sending…
sending-percent = Sending… { $percent } %
upload-bytes = { $sent } MB of { $total } MB
upload-time-left = { $minutes ->
    [one] About { $minutes } minute left
   *[other] About { $minutes } minutes left
}
upload-time-soon = Less than a minute left
upload-paused = Paused. Press Resume to carry on.
upload-pause = Pause
upload-resume = Resume
not-answered = Not answered
yes = Yes
no = No
consent-agree = Yes, I agree
optional = (optional)

## Errors

error-prefix = Error:
error-summary-title = There is a problem

## After sending

done-title = Application sent
done-reference = Your reference number
done-keep = Write this number down, or take a photo of it.
send-failed = Your application was not sent yet. Your answers are still here. Please try again.
send-rejected = Your application could not be accepted. Please contact us.
try-again = Try again
received = Received by { $organisation }. Reference { $reference }.
outbox-kept = Received. A copy stays on this device until { $when }.
outbox-title = Waiting to send
outbox-send-now = Send now
offline-saved = Saved on this device. It will be sent when you are online.
only-on-page = This device could not save your application. Keep this page open: it will be sent when you are online.

## The start page

closed = This form is closed. It is not taking new applications.
closed-draft = This form has closed. You can still look at your answers. Please contact us about sending them.
contact-intro = Not sure? Talk to us first.
time-needed = Time needed: { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
closes = Closes: { $date }
who-can-apply = Who can apply

## When the form cannot open

cannot-open = Sorry, this form cannot be opened right now.
cannot-open-next = Please try again later, or ask the person who gave you the link.
details-for-organisers = Details for the organisers

## Repeated groups of questions

add-entry = Add another
remove-entry = Remove
entry-number = Entry { $n }

## Notices

files-not-ready = Recording and uploading files is not available in this version. Please describe your answer in writing, or contact us.
new-version = A new version is ready. It will be used next time.
storage-unavailable = Your answers cannot be saved on this device. Please finish in one go, or ask for help.
offline-unavailable = This device cannot keep this form for use without internet. The device may be full. The form works while you are online.

## Answer checks

error-required = Please answer this question.
error-too-short = Please write at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
}.
error-too-long = Please write no more than { $max ->
    [one] { $max } character
   *[other] { $max } characters
}.
error-not-a-number = Please write a number, like 250.
error-too-small = The number must be { $min } or more.
error-too-large = The number must be { $max } or less.
error-not-whole-number = Please write a whole number, with no decimals.
error-not-an-email = Please write an e-mail address, like name@example.com.
error-not-a-phone = Please write a phone number, like 07700 900123.
error-pattern-mismatch = Please check this answer. It is not in the expected form.
error-not-a-date = Please enter a real date.
error-date-too-early = The date must be on or after { $min }.
error-date-too-late = The date must be on or before { $max }.
error-not-a-choice = Please choose one of the options.
error-too-few-choices = Please choose at least { $min ->
    [one] { $min } option
   *[other] { $min } options
}.
error-too-many-choices = Please choose no more than { $max ->
    [one] { $max } option
   *[other] { $max } options
}.
error-out-of-scale = Please choose a point on the scale.
error-must-consent = Please tick the box to agree.
error-file-type-not-allowed = This type of file cannot be used here.
error-file-too-large = The file is too big. The limit is { $megabytes } MB.
error-recording-too-long = The recording is too long. The limit is { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
error-wrong-kind = Please check this answer.
error-too-few-entries = Please add at least { $min }.
error-too-many-entries = Please add no more than { $max }.

## Dates and repeated entries

date-day = Day
date-month = Month
date-year = Year
move-up = Move up
move-down = Move down

## Applications saved on this device

drafts-title = Applications on this device
draft-edited = Last changed { $when }
draft-continue = Continue
draft-delete = Delete
draft-delete-confirm = Delete this application? This cannot be undone.
draft-delete-yes = Yes, delete it
draft-delete-no = No, keep it
start-new = Start a new application
form-changed = This form has changed since you started. Some of your answers are for questions it no longer asks. They are kept on this device:

## Recording and files

record-why-video = To film your answer, this page will ask to use your camera and microphone. Nothing is recorded until you press Start.
record-why-audio = To record your answer, this page will ask to use your microphone. Nothing is recorded until you press Start.
record-start = Start recording
record-stop = Stop
record-again = Record again
record-time = { $elapsed } of { $limit }
choose-file = Or choose a file from this device
record-denied = The camera or microphone cannot be used. You can choose a file instead, or write your answer.
record-unavailable = Recording does not work on this device. You can choose a file instead, or write your answer.
media-not-saved = This recording or file could not be saved on this device. The device may be full. You can write your answer instead, or ask for help.

## Shared tablet: a PIN protects an application

pin-title = Protect your answers with a PIN
pin-why = This tablet is shared. Choose a nickname and a PIN of 4 to 8 numbers. Only someone who knows the PIN can open your application.
pin-nickname = A nickname for your application
pin-nickname-hint = Other people will see only this name. Do not use your real name.
pin-nickname-missing = Write a nickname.
pin-new = Choose a PIN
pin-again = Type the PIN again
pin-use = Protect and start
pin-skip = Start without a PIN
pin-working = Protecting your answers…
pin-length = A PIN has 4 to 8 numbers.
pin-digits = A PIN has only numbers.
pin-mismatch = The two PINs are not the same. Type them again.
pin-enter = Your PIN
pin-open = Open
pin-wrong = That PIN is not right.
pin-wait = You can try again at { $time }.
pin-protected = Protected with a PIN
pin-unavailable = This tablet cannot protect answers with a PIN. Ask the staff for help.
lock-now = Lock my application
finish-clear = Finish and clear this tablet

## Keeping a copy of the answers

copy-title = Keep a copy of your answers
copy-print = Print or save as PDF
copy-download = Download my answers

## Answering a written question another way

mode-legend = How do you want to answer?
mode-write = Write it
mode-say = Say it instead
mode-film = Film it instead

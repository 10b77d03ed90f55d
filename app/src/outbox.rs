//! Delivering finished applications: "Send" puts the application in the outbox on the device,
//! then this module sends it, and sends it again after a network error, a timeout or a 5xx/429
//! (with growing waits), when the browser comes back online, and when the app is opened again,
//! until the endpoint confirms it. Every attempt carries the same submission id.
//!
//! If the device cannot keep an application (full, or private mode), the page holds it, says so,
//! sends it all the same, and the browser asks before the page is closed; closed anyway, its
//! answers come back as a saved application.
//!
//! Only `install`, `run`, `submit` and what they use are in the first load. Reading the outbox,
//! sending and the outbox list are the delivery part of the app (`crate::parts::outbox`),
//! downloaded once the applicant starts an application, or at once when the outbox on this device
//! holds something.

use std::cell::RefCell;
use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use forms::outbox::OutboxItem;
use leptos::prelude::*;

use crate::context::{FormContext, Screen};
use crate::pages::form_flow::Destination;
use crate::platform::{browser, storage};
use crate::submit;

thread_local! {
    /// Items being sent right now from this page, so two triggers never send one twice at once.
    static IN_FLIGHT: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

/// What the applicant is told about their application.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Being put in the outbox on this device: not known to be kept there yet.
    Saving,
    /// On the device, waiting for a connection or for the server.
    Waiting,
    /// Waiting, but only this page holds it: the device could not keep it (full, or private
    /// mode). It is still sent when the connection returns, as long as the page stays open.
    OnlyOnPage,
    /// Being sent now.
    Sending,
    /// The endpoint has it.
    Received,
    /// The endpoint refused it.
    Rejected(u16),
}

/// The status of the application sent from this page (its reference, and where it stands).
#[derive(Clone, Copy)]
pub struct Delivering(pub RwSignal<Option<(String, Status)>>);

impl Delivering {
    /// Where it stands, tracked: still being saved until the page knows more.
    pub fn status(self) -> Status {
        self.0.with(|d| d.as_ref().map_or(Status::Saving, |(_, s)| s.clone()))
    }
}

/// Whether the outbox on this device holds anything, for any form. Until it does, the part of the
/// app that reads and sends it is not downloaded.
#[derive(Clone, Copy)]
pub struct InUse(pub RwSignal<bool>);

/// What the delivery part is asked to do (`work`).
pub enum Job {
    /// The app has opened: delete kept copies whose time is up, then send what is due.
    Open,
    /// Send what is waiting: only what is due, or everything (`now`: back online, "Send now").
    Flush { now: bool },
    /// Send this application, just put in the outbox, at once.
    Send(Box<OutboxItem>),
    /// Delete the copy of application `draft_id` kept after delivery ("Finish and clear").
    ForgetKept { draft_id: String },
}

thread_local! {
    /// Whether another download of the delivery part is already planned (after one failed).
    static RETRY_SET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Applications sent from this page that the device could not keep: this page holds them
    /// until they are delivered or a later save succeeds, and asks before it is closed.
    static HELD: RefCell<Vec<OutboxItem>> = const { RefCell::new(Vec::new()) };
    /// Whether the app is starting again on purpose ([`leave_without_asking`]).
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The app is about to start again on purpose (a shared tablet locking, or "Finish and clear"):
/// the browser must not ask first. A question on screen would keep the page, and the application,
/// open for the next person to pick up the tablet; what the page holds still goes to the backup
/// at `pagehide` (sealed, when it has a PIN), and comes back as a saved application.
pub fn leave_without_asking() {
    LEAVING.set(true);
}

/// Holds `item` on this page (replacing an older copy of it): the device could not keep it.
fn hold(item: &OutboxItem) {
    HELD.with(|h| {
        let mut held = h.borrow_mut();
        held.retain(|i| i.submission_id != item.submission_id);
        held.push(item.clone());
    });
}

/// Lets go of application `submission_id`: delivered, or kept on the device after all.
fn release(submission_id: &str) {
    HELD.with(|h| h.borrow_mut().retain(|i| i.submission_id != submission_id));
}

/// Whether only this page holds application `submission_id`.
fn is_held(submission_id: &str) -> bool {
    HELD.with(|h| h.borrow().iter().any(|i| i.submission_id == submission_id))
}

/// How long to wait before downloading the delivery part again after it could not be.
const PART_RETRY: Duration = Duration::from_secs(60);

/// Sends what waits in the outbox when the app opens, and again when the browser is back online;
/// provides `InUse`. Nothing of the delivery part is downloaded while the outbox is empty.
pub fn install(ctx: FormContext, destination: Destination, status: RwSignal<Option<(String, Status)>>) {
    let in_use = RwSignal::new(false);
    provide_context(InUse(in_use));
    {
        let destination = destination.clone();
        leptos::task::spawn_local(async move {
            // Counting reads no item: the first question does not wait for the delivery part.
            if storage::outbox_count().await.is_ok_and(|n| n > 0) {
                in_use.set(true);
                run(ctx, destination, status, Job::Open).await;
            }
        });
    }
    // Back online: send everything waiting now, not when each item's retry timer says.
    let on_online = window_event_listener(leptos::ev::online, move |_| {
        if in_use.get_untracked() {
            leptos::task::spawn_local(run(ctx, destination.clone(), status, Job::Flush { now: true }));
        }
    });
    // Closing the page would lose an application the device could not keep: the browser asks first.
    let on_leave = window_event_listener(leptos::ev::beforeunload, |e| {
        if !LEAVING.get() && HELD.with(|h| !h.borrow().is_empty()) {
            e.prevent_default();
        }
    });
    // Closed all the same: what the page held comes back as a saved application, from the one
    // write a closing page is sure to finish (`storage::backup_now`).
    let on_pagehide = window_event_listener(leptos::ev::pagehide, |_| {
        HELD.with(|h| h.borrow().iter().for_each(|i| storage::backup_now(&i.draft)));
    });
    on_cleanup(move || {
        on_online.remove();
        on_leave.remove();
        on_pagehide.remove();
    });
}

/// Has the delivery part do `job`. If the part cannot be downloaded (the connection dropped
/// before the service worker had stored it), what waits stays in the outbox on this device, and
/// the part is asked for again in a minute, when the browser is back online, and when the app is
/// opened again.
pub async fn run(ctx: FormContext, destination: Destination, status: RwSignal<Option<(String, Status)>>, job: Job) {
    match crate::parts::outbox(ctx, destination.clone(), status, job).await {
        Ok(work) => work.await,
        Err(_) => {
            // Nothing is being sent until the part arrives.
            status.update(|s| {
                if let Some((_, now @ Status::Sending)) = s {
                    *now = Status::Waiting;
                }
            });
            if !RETRY_SET.replace(true) {
                set_timeout(
                    move || {
                        RETRY_SET.set(false);
                        leptos::task::spawn_local(run(ctx, destination, status, Job::Flush { now: false }));
                    },
                    PART_RETRY,
                );
            }
        }
    }
}

/// Sends at once whatever is waiting that this page can now read (after a PIN opened a sealed
/// application, whose outbox copy is sealed too).
pub async fn send_waiting(ctx: FormContext, destination: Destination, status: RwSignal<Option<(String, Status)>>) {
    run(ctx, destination, status, Job::Flush { now: true }).await;
}

/// Puts `item` in the outbox and tries to send it at once.
pub fn submit(
    ctx: FormContext,
    destination: Destination,
    status: RwSignal<Option<(String, Status)>>,
    in_use: InUse,
    item: OutboxItem,
) {
    leptos::task::spawn_local(async move {
        status.set(Some((item.reference.clone(), Status::Saving)));
        let sealed = crate::platform::seal::is_protected(&item.draft.id);
        if sealed {
            // Before the outbox has it, so that a delivery cannot come first and find it.
            settle_draft(&item).await;
        }
        let now = match storage::save_outbox(&item).await {
            // Kept: it goes out now (`run` says Waiting if the delivery part cannot be had).
            Ok(()) => {
                // Only now, so that a failed write never leaves the device with neither.
                if !sealed {
                    settle_draft(&item).await;
                }
                Status::Sending
            }
            Err(e) => {
                // Not kept on the device (private mode, full disk): this page holds it, still
                // tries to send it, and says so.
                ctx.storage_problem.set(Some(e.to_string()));
                hold(&item);
                Status::OnlyOnPage
            }
        };
        status.set(Some((item.reference.clone(), now)));
        in_use.0.set(true);
        run(ctx, destination, status, Job::Send(Box::new(item))).await;
    });
}

/// When the application just delivered is open on this page again, unchanged since it was sent
/// (its applicant opened it with the PIN to send it), the page shows that it arrived, as after
/// "Send", instead of the form: nothing of it is saved on the device again.
fn show_delivered_if_open(ctx: FormContext, status: RwSignal<Option<(String, Status)>>, item: &OutboxItem) {
    let open_here = ctx.draft.with_untracked(|d| {
        d.id == item.draft.id && d.sent_identity().is_some_and(|sent| sent.submission_id == item.submission_id)
    });
    if open_here && ctx.screen.get_untracked() != Screen::Done {
        ctx.draft.update(|d| d.nickname = Some(item.reference.clone()));
        status.set(Some((item.reference.clone(), Status::Received)));
        ctx.screen.set(Screen::Done);
    }
}

/// The draft of `item`, once the outbox on the device has it (or is about to): deleted, as it is
/// no longer needed and must not linger on a shared tablet; or, for a sealed application, kept
/// (sealed) until delivery and marked as sent (`Draft::sent_as`). The list of saved applications
/// is how its applicant opens it again, with the PIN; sent again unchanged from there, it is the
/// same submission, and arrives once.
async fn settle_draft(item: &OutboxItem) {
    if crate::platform::seal::is_protected(&item.draft.id) {
        let _ = storage::save_draft(&item.draft).await;
    } else {
        let _ = storage::delete_draft(&item.draft.id).await;
    }
}

/// What the delivery part does for `job` (`crate::parts::outbox`).
pub fn work(
    ctx: FormContext,
    destination: Destination,
    status: RwSignal<Option<(String, Status)>>,
    job: Job,
) -> Pin<Box<dyn Future<Output = ()>>> {
    Box::pin(async move {
        match job {
            Job::Open => {
                // Copies kept after delivery whose time is up go first, sealed ones too.
                let keep_hours = destination.keep_delivered_hours;
                let _ = storage::delete_expired_copies(keep_hours, browser::now_ms()).await;
                flush(ctx, destination, status, false).await;
            }
            Job::Flush { now } => flush(ctx, destination, status, now).await,
            Job::Send(item) => attempt(ctx, &destination, status, *item).await,
            Job::ForgetKept { draft_id } => {
                for item in storage::load_outbox().await.unwrap_or_default() {
                    if item.draft.id == draft_id && item.delivered_at_ms.is_some() {
                        let _ = storage::delete_outbox_and_media(&item.submission_id, &item.media_ids()).await;
                    }
                }
            }
        }
    })
}

async fn flush(ctx: FormContext, destination: Destination, status: RwSignal<Option<(String, Status)>>, now: bool) {
    let mut items = storage::load_outbox().await.unwrap_or_default();
    for held in HELD.with(|h| h.borrow().clone()) {
        if !items.iter().any(|i| i.submission_id == held.submission_id) {
            items.push(held);
        }
    }
    let form_id = ctx.form.with_value(|f| f.id.clone());
    let due = |i: &OutboxItem| i.is_due(if now { u64::MAX } else { browser::now_ms() });
    for item in items.into_iter().filter(|i| i.draft.form_id == form_id && due(i)) {
        attempt(ctx, &destination, status, item).await;
    }
}

async fn attempt(
    ctx: FormContext,
    destination: &Destination,
    status: RwSignal<Option<(String, Status)>>,
    mut item: OutboxItem,
) {
    let id = item.submission_id.clone();
    if !IN_FLIGHT.with(|f| f.borrow_mut().insert(id.clone())) {
        return;
    }
    let mine = status.with_untracked(|s| s.as_ref().is_some_and(|(r, _)| *r == item.reference));
    // An application only this page holds keeps saying so until it is delivered.
    if mine && !is_held(&id) {
        status.set(Some((item.reference.clone(), Status::Sending)));
    }
    let (sent_item, sent) = deliver(destination.clone(), item).await;
    item = sent_item;
    let next = match sent {
        Ok(_) => {
            item.record_delivery(browser::now_ms());
            release(&id);
            // First, so that no later save brings the draft back.
            show_delivered_if_open(ctx, status, &item);
            let _ = storage::delete_draft(&item.draft.id).await;
            if destination.keep_delivered_hours == 0 {
                // The recordings too: nothing of a delivered application lingers on the device.
                let _ = storage::delete_outbox_and_media(&id, &item.media_ids()).await;
            } else {
                // Kept as configured (sealed, if it has a PIN), then deleted when its time is up.
                let _ = storage::save_outbox(&item).await;
            }
            ctx.drafts.update(|ds| ds.retain(|d| d.id() != item.draft.id));
            Status::Received
        }
        Err(e) if e.retryable() => {
            let jitter = f64::from(browser::random_bytes::<1>()[0]) / 255.0;
            item.record_retryable_failure(browser::now_ms(), jitter, e.retry_after_s(), e.to_string());
            keep(&item).await;
            let wait = item.next_attempt_at_ms.saturating_sub(browser::now_ms());
            let destination = destination.clone();
            set_timeout(
                move || leptos::task::spawn_local(flush(ctx, destination, status, false)),
                Duration::from_millis(wait),
            );
            if is_held(&id) { Status::OnlyOnPage } else { Status::Waiting }
        }
        Err(e) => {
            item.record_rejection(e.status().unwrap_or(0), e.to_string());
            keep(&item).await;
            Status::Rejected(e.status().unwrap_or(0))
        }
    };
    IN_FLIGHT.with(|f| f.borrow_mut().remove(&id));
    ctx.outbox_changed.update(|n| *n = n.wrapping_add(1));
    if status.with_untracked(|s| s.as_ref().is_some_and(|(r, _)| *r == item.reference)) {
        status.set(Some((item.reference.clone(), next)));
    }
}

/// Saves `item` as it now stands. If only this page held it and the device now has room, the
/// device keeps it from here on; if the device still cannot, this page keeps holding it.
async fn keep(item: &OutboxItem) {
    match storage::save_outbox(item).await {
        Ok(()) if is_held(&item.submission_id) => {
            // Kept on the device at last: its draft is settled now, as after a "Send" with room,
            // so that no "Continue" offers the same application to be sent as a new one.
            release(&item.submission_id);
            settle_draft(item).await;
        }
        Ok(()) => {}
        Err(_) if is_held(&item.submission_id) => hold(item),
        // Kept before: the device still has the earlier record of it.
        Err(_) => {}
    }
}

/// Sends `item`; returns it (with its upload progress), and what the endpoint answered.
async fn deliver(destination: Destination, mut item: OutboxItem) -> (OutboxItem, Result<(), submit::SendError>) {
    let id = item.submission_id.clone();
    let form = forms::load(item.form_source.as_bytes(), "outbox", None);
    let (sent, files) = match &form {
        Ok(form) => {
            let files = media_of(form, &item.draft).await;
            (submit::send_item(&destination.endpoint, form, &mut item, &files).await, files)
        }
        Err(_) => (Err(submit::SendError::Unsendable("the saved form definition cannot be read".into())), Vec::new()),
    };
    if sent.as_ref().is_err_and(submit::SendError::retryable)
        && let Ok(form) = &form
    {
        keep_for_background_sync(&destination, form, &item, &files).await;
    } else {
        let _ = storage::delete_replay(&id).await;
    }
    (item, sent.map(|_| ()))
}

/// Leaves the request with the service worker, so it is sent even if the app is closed before the
/// connection returns (Background Sync). Never for an application protected by a PIN: that would
/// store it readable.
async fn keep_for_background_sync(
    destination: &Destination,
    form: &forms::Form,
    item: &OutboxItem,
    files: &[submit::MediaFile],
) {
    if crate::platform::seal::is_protected(&item.draft.id) {
        return;
    }
    let prepared = submit::replay::prepare(&destination.endpoint, form, item, files, destination.keep_delivered_hours);
    if let Ok(Some(record)) = prepared.await
        && storage::save_replay(&item.submission_id, &record).await.is_ok()
    {
        // Not awaited: with no service worker (blocked, or not yet installed) it never settles.
        leptos::task::spawn_local(submit::replay::register_sync());
    }
}

/// The stored bytes of every recording or file among the answers that will be sent.
async fn media_of(form: &forms::Form, draft: &forms::Draft) -> Vec<submit::MediaFile> {
    let visible = form.visible_answers(&draft.answers);
    let mut files = Vec::new();
    for m in visible.media() {
        if let Ok(blob) = storage::load_media(&m.id, &m.mime).await {
            files.push(submit::MediaFile { media_id: m.id.clone(), blob });
        }
    }
    files
}

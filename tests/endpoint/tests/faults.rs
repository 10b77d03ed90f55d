//! Injected faults, over real HTTP: failures, refusals, cut connections and slow answers, and
//! that every submission is still stored exactly once.
// These are tests: a failed `expect` is a failed test, which is what it should be.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::{instance, json_submission, openrosa_form, post_openrosa, start};
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

#[tokio::test]
async fn three_failures_then_success_stores_exactly_one() {
    let server = start().await;
    let arranged = server.faults(json!({"fail_next": 3, "status": 500})).await;
    assert_eq!(arranged.status(), 200);
    assert_eq!(arranged.json::<Value>().await.unwrap()["fail_remaining"], 3);

    let body = json_submission("retry-me");
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(server.post_json(&body).await.unwrap().status().as_u16());
    }
    assert_eq!(statuses, [500, 500, 500, 201]);
    assert_eq!(server.submissions().await.len(), 1);
    let stats = server.stats().await;
    assert_eq!(
        (stats["requests"].as_u64(), stats["failed"].as_u64(), stats["stored"].as_u64()),
        (Some(4), Some(3), Some(1))
    );
}

#[tokio::test]
async fn a_failure_status_can_be_any_error_and_openrosa_clients_get_xml() {
    let server = start().await;
    server.faults(json!({"fail_next": 2, "status": 503})).await;
    let response = server.post_json(&json_submission("a")).await.unwrap();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "1");
    assert!(response.json::<Value>().await.unwrap()["error"].as_str().unwrap().contains("injected"));
    let response = post_openrosa(&server, openrosa_form(&instance("b"), &[])).await;
    assert_eq!(response.status(), 503);
    assert!(response.text().await.unwrap().contains("<OpenRosaResponse"));
    assert!(server.submissions().await.is_empty());
}

#[tokio::test]
async fn status_next_answers_400_then_the_endpoint_accepts_again() {
    let server = start().await;
    server.faults(json!({"status_next": 400, "count": 1})).await;
    let refused = server.post_json(&json_submission("once")).await.unwrap();
    assert_eq!(refused.status(), 400);
    assert!(server.submissions().await.is_empty(), "a refused submission is not stored");
    assert_eq!(server.post_json(&json_submission("once")).await.unwrap().status(), 201);
}

#[tokio::test]
async fn a_cut_connection_is_a_client_side_error_and_stores_nothing() {
    let server = start().await;
    server.faults(json!({"reset_next": 1})).await;
    // A large upload, so the cut really comes mid-body.
    let video = vec![42u8; 4 * 1024 * 1024];
    let form = || {
        Form::new()
            .text("submission_id", "cut-1")
            .text("form_id", "seed-fund")
            .text("form_version", "2026.1")
            .text("language", "en")
            .part("pitch_video", Part::bytes(video.clone()).file_name("pitch.webm").mime_str("video/webm").unwrap())
    };
    let cut = server.http.post(server.url("/form")).multipart(form()).send().await;
    let error = cut.expect_err("the client sees the connection fail, not an answer");
    assert!(!error.is_status() && !error.is_timeout(), "{error:?}");
    assert!(server.submissions().await.is_empty());
    assert_eq!(server.incoming_left(), 0, "nothing half-read is left behind");
    let stats = server.stats().await;
    assert_eq!((stats["reset"].as_u64(), stats["stored"].as_u64()), (Some(1), Some(0)));

    // The retry goes through, once.
    assert_eq!(server.http.post(server.url("/form")).multipart(form()).send().await.unwrap().status(), 201);
    assert_eq!(server.http.post(server.url("/form")).multipart(form()).send().await.unwrap().status(), 200);
    let stored = server.submissions().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["files"][0]["size"], video.len());
}

#[tokio::test]
async fn a_cut_also_hits_small_json_and_openrosa_posts() {
    let server = start().await;
    server.faults(json!({"reset_next": 2})).await;
    assert!(server.post_json(&json_submission("small")).await.is_err());
    let cut = server
        .http
        .post(server.url("/openrosa/submission"))
        .header("X-OpenRosa-Version", "1.0")
        .multipart(openrosa_form(&instance("small"), &[]))
        .send()
        .await;
    assert!(cut.is_err());
    assert_eq!(server.post_json(&json_submission("small")).await.unwrap().status(), 201);
    assert_eq!(post_openrosa(&server, openrosa_form(&instance("small"), &[])).await.status(), 201);
    assert_eq!(server.submissions().await.len(), 2);
}

#[tokio::test]
async fn a_late_answer_makes_the_client_give_up_but_the_retry_is_a_duplicate() {
    let server = start().await;
    server.faults(json!({"delay_ms": 5000})).await;
    let impatient = reqwest::Client::builder().timeout(Duration::from_millis(300)).build().unwrap();
    let body = json_submission("slow");
    let gave_up = impatient.post(server.url("/submissions")).json(&body).send().await;
    assert!(gave_up.expect_err("the client stops waiting").is_timeout());

    // The endpoint did its work before answering late: the submission is there.
    let mut stored = Vec::new();
    for _ in 0..100 {
        stored = server.submissions().await;
        if !stored.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(stored.len(), 1);

    let cleared = server.http.delete(server.url("/_faults")).send().await.unwrap();
    assert_eq!(cleared.json::<Value>().await.unwrap()["delay_ms"], 0);
    let retry = server.post_json(&body).await.unwrap();
    assert_eq!(retry.status(), 200);
    assert_eq!(retry.json::<Value>().await.unwrap()["status"], "duplicate");
    assert_eq!(server.submissions().await.len(), 1);
}

#[tokio::test]
async fn faults_are_listed_and_cleared() {
    let server = start().await;
    server.faults(json!({"fail_next": 2, "reset_next": 1, "delay_ms": 10, "cut_every_bytes": 5_000_000})).await;
    let now: Value = server.http.get(server.url("/_faults")).send().await.unwrap().json().await.unwrap();
    assert_eq!(
        now,
        json!({"fail_remaining": 2, "fail_status": 500, "reset_remaining": 1, "delay_ms": 10,
               "cut_every_bytes": 5_000_000, "bytes_since_cut": 0})
    );
    server.http.delete(server.url("/_faults")).send().await.unwrap();
    let now: Value = server.http.get(server.url("/_faults")).send().await.unwrap().json().await.unwrap();
    assert_eq!(
        now,
        json!({"fail_remaining": 0, "fail_status": 0, "reset_remaining": 0, "delay_ms": 0,
               "cut_every_bytes": 0, "bytes_since_cut": 0})
    );
    assert_eq!(server.post_json(&json_submission("fine")).await.unwrap().status(), 201);
}

#[tokio::test]
async fn nonsense_fault_requests_are_refused() {
    let server = start().await;
    for body in [
        json!({"fail_next": 1, "status_next": 500}),
        json!({"status": 500}),
        json!({"fail_next": 1, "status": 200}),
        json!({"explode": true}),
    ] {
        assert_eq!(server.faults(body.clone()).await.status(), 400, "{body}");
    }
}

#[tokio::test]
async fn random_faults_still_store_every_submission_exactly_once() {
    // A small deterministic generator: the same "random" run every time, so a failure repeats.
    let mut seed: u64 = 0x5eed_f0c5;
    let mut next = move |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    let server = start().await;
    let mut attempts = 0;
    for i in 0..20 {
        match next(4) {
            0 => server.faults(json!({"fail_next": next(3) + 1, "status": 500})).await,
            1 => server.faults(json!({"reset_next": 1})).await,
            2 => server.faults(json!({"status_next": 429, "count": 1})).await,
            _ => server.faults(json!({})).await,
        };
        let body = json_submission(&format!("random-{i}"));
        // A client that retries until it hears success, and sometimes sends twice anyway.
        loop {
            attempts += 1;
            if let Ok(response) = server.post_json(&body).await
                && response.status().is_success()
            {
                break;
            }
        }
        if next(3) == 0 {
            assert_eq!(server.post_json(&body).await.unwrap().status(), 200);
        }
    }
    let stored = server.submissions().await;
    let stats = server.stats().await;
    println!("20 submissions, {attempts} attempts: {stats}");
    assert_eq!(stored.len(), 20);
    let ids: std::collections::BTreeSet<_> = stored.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 20);
    assert_eq!(stats["stored"], 20);
    assert!(attempts > 20, "some faults were met");
}

//! The receipt of the results screen, in a page of its own: the example ranks zd1, its
//! receipt adds up, and Esc gives focus back to the unit's row.
//! Run: `cargo test --target wasm32-unknown-unknown -p scorecard-app --test receipt`.
//!
//! It is its own test binary (a fresh page) because returning focus to the row after Esc
//! fails when other apps have been mounted and unmounted in the same page before it; in the
//! app there is only ever one. That interaction is not understood yet (see the issue notes).
#![cfg(target_arch = "wasm32")]
// A test crate: failing loudly is the point (clippy.toml's allow-*-in-tests covers only #[test] fns).
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/support.rs"]
mod support;

use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::*;
use scorecard_engine::EXAMPLE_WORKSPACE;

#[wasm_bindgen_test]
async fn the_example_ranks_zd1_and_its_receipt_adds_up() {
    let (root, handle) = start_with(EXAMPLE_WORKSPACE);
    let row = "[data-testid=results-table] tr[data-unit=zd1]";
    shown(&root, row).await;
    assert_eq!(text(&root, &format!("{row} [data-field=score]")), "90.46");
    let grade = find(&root, &format!("{row} [data-field=grade]")).unwrap();
    assert_eq!(
        grade.get_attribute("data-grade").as_deref(),
        Some("excellent")
    );
    assert_eq!(text(&root, &format!("{row} [data-field=rank]")), "1");
    // The summary: one scored unit, the quota filled by 一支隊.
    assert_eq!(text(&root, "[data-testid=units-scored]"), "1");
    assert!(text(&root, "[data-testid=quota-filled]").contains("一支隊"));

    click(&root, &format!("{row} button"));
    shown(&root, "[data-testid=receipt]").await;
    let dialog = find(&root, "[data-testid=receipt]").unwrap();
    assert_eq!(dialog.get_attribute("role").as_deref(), Some("dialog"));
    assert!(wait_for(&root, |_| focus_is_inside("[data-testid=receipt]")).await);
    assert!(
        focus_is_inside("[data-testid=receipt]"),
        "focus moves into the receipt"
    );
    let receipt = dialog.text_content().unwrap();
    // Indicator contributions of task: 0.5·92 = 46, 0.3·85 = 25.5, 0.2·100 = 20 → 91.5
    for fig in ["46.0000", "25.5000", "20.0000", "91.5000"] {
        assert!(receipt.contains(fig), "receipt lists {fig}: {receipt}");
    }
    // Risk: 0.5·88 + 0.5·250/3 = 44 + 41.666… (not exact at 4 places)
    assert!(receipt.contains("≈41.6667"));
    // Dimension contributions 0.45·91.5 = 41.175, 0.2·85.6 = 17.12, 0.2·75.5 = 15.1,
    // 0.15·85.666… = 12.85, summing to B = 86.245
    for fig in ["41.1750", "17.1200", "15.1000", "12.8500", "86.2450"] {
        assert!(receipt.contains(fig), "receipt lists {fig}");
    }
    // (86.245 − 2)·1.05 + 2 = 90.45725 → 90.46, the rounding stated
    assert_eq!(text(&root, "[data-testid=receipt-score]"), "90.46");
    let rounding = text(&root, "[data-testid=receipt-rounding]");
    assert!(
        rounding.contains("90.45725") && rounding.contains("90.46"),
        "{rounding}"
    );
    assert!(receipt.contains("信息報送遲報"), "the event is listed");

    // Esc closes it and focus returns to the unit's row.
    js_sys::eval(
        "document.querySelector('[data-testid=receipt]').dispatchEvent(\
         new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))",
    )
    .unwrap();
    gone(&root, "[data-testid=receipt]").await;
    assert!(
        find(&root, "[data-testid=receipt]").is_none(),
        "Esc closes the receipt"
    );
    assert!(wait_for(&root, |_| focus_is_inside("tr[data-unit=zd1]")).await);
    assert!(
        focus_is_inside("tr[data-unit=zd1]"),
        "focus returns to the row"
    );

    // The close button closes it too.
    click(&root, &format!("{row} button"));
    shown(&root, "[data-testid=receipt-close]").await;
    click(&root, "[data-testid=receipt-close]");
    gone(&root, "[data-testid=receipt]").await;
    assert!(find(&root, "[data-testid=receipt]").is_none());
    close(root, handle);
}

//! The frame every hand-written SVG chart of the results shares: an `<svg role="img">` whose
//! accessible label (and `<title>`) reads the chart's figures out, and an optional legend
//! under it.

use yew::prelude::*;

/// A chart's accessible label: its title, then each item's text, joined by `sep`.
pub fn chart_label(title: &str, items: impl IntoIterator<Item = String>, sep: &str) -> String {
    format!(
        "{title}: {}",
        items.into_iter().collect::<Vec<_>>().join(sep)
    )
}

/// Props of a results chart: its title, the texts of its legend's keys and what it plots.
#[derive(Properties, PartialEq)]
pub struct ChartProps<T: PartialEq> {
    /// Accessible title.
    pub title: AttrValue,
    /// The legend's texts, in the order of the chart's keys (none: no legend).
    #[prop_or_default]
    pub legend: Vec<AttrValue>,
    /// The bars, axes or points, in the order shown.
    pub items: Vec<T>,
}

/// Pairs a chart's key classes with the legend texts of its props.
pub fn legend_keys(
    classes: &[&'static str],
    texts: &[AttrValue],
) -> Vec<(&'static str, AttrValue)> {
    classes.iter().copied().zip(texts.iter().cloned()).collect()
}

/// Props of [`ChartFrame`].
#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    /// The chart's kind (`grade` …): the svg's class and test id are `{kind}-chart`.
    pub kind: &'static str,
    /// The view box's width.
    pub width: f64,
    /// The view box's height.
    pub height: f64,
    /// The accessible label (see [`chart_label`]).
    pub label: AttrValue,
    /// Legend keys, each a class and its text; when there are any, the chart is a figure
    /// with them as its caption.
    #[prop_or_default]
    pub legend: Vec<(&'static str, AttrValue)>,
    /// The chart's shapes.
    pub children: Html,
}

/// The svg, titled, with the legend under it when there is one.
#[function_component(ChartFrame)]
pub fn chart_frame(p: &ChartFrameProps) -> Html {
    let name = format!("{}-chart", p.kind);
    let svg = html! {
        <svg class={classes!("chart", &name)} viewBox={format!("0 0 {} {}", p.width, p.height)}
            role="img" aria-label={p.label.clone()} data-testid={name.clone()}>
            <title>{ &p.label }</title>
            { p.children.clone() }
        </svg>
    };
    if p.legend.is_empty() {
        return svg;
    }
    html! {
        <figure class="chart-figure">
            { svg }
            <figcaption class="legend">
                { for p.legend.iter().map(|(class, text)| html! {
                    <span class={classes!("key", *class)}>{ text }</span>
                }) }
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_reads_the_items_and_the_legend_pairs_keys_with_texts() {
        let items = ["a 1".to_string(), "b 2".to_string()];
        assert_eq!(chart_label("T", items, "; "), "T: a 1; b 2");
        let texts = [AttrValue::from("unit"), AttrValue::from("mean")];
        assert_eq!(
            legend_keys(&["u", "m"], &texts),
            vec![("u", texts[0].clone()), ("m", texts[1].clone())]
        );
        assert!(legend_keys(&["u", "m"], &[]).is_empty());
    }
}

fn main() {
    yew::Renderer::<scorecard_app::App>::new().render();
}

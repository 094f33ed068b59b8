fn main() { println!("{}", scorecard_engine::version()); }

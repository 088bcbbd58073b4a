//! The bundled sample briefings, embedded so an installed binary opens them
//! from any folder when given no paths.

/// (file name, bytes) of each file in `seeds/`, in name order.
pub const SEEDS: &[(&str, &[u8])] = &[
    (
        "000_534cb20bf9fd105f.txt",
        include_bytes!("../seeds/000_534cb20bf9fd105f.txt"),
    ),
    (
        "001_2ab9842b4ce5ad65.txt",
        include_bytes!("../seeds/001_2ab9842b4ce5ad65.txt"),
    ),
    (
        "002_fb8e9575d873ff50.txt",
        include_bytes!("../seeds/002_fb8e9575d873ff50.txt"),
    ),
];

//! Generates the Tauri context and declares the app's one command, `rpc`, in
//! the app manifest so that it is denied unless a capability grants it.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&["rpc"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri configuration in src-tauri/tauri.conf.json is invalid");
}

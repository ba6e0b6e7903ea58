use bayiri_service::Service;

#[derive(Debug, Clone)]
pub struct AppState {
    pub service: Service,
    /// Mark cookies `Secure` (set when Bayiri is served over HTTPS, directly or behind a proxy).
    pub secure_cookies: bool,
}

impl AppState {
    pub fn new(service: Service) -> Self {
        Self {
            service,
            secure_cookies: false,
        }
    }
}

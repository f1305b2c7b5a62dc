/// The release version: `kiosque --version`, `/api/v1/stats` and the OpenAPI `info.version`
/// all read it from here.
public enum KiosqueVersion {
    public static let current = "1.0.0"
}

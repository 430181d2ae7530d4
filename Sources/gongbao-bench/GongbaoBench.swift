@main
struct GongbaoBench { static func main() {} }

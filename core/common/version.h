#pragma once

#include <QString>

namespace holdline {

// The project's version (CMake's PROJECT_VERSION), e.g. "0.1.0".
QString version();

} // namespace holdline

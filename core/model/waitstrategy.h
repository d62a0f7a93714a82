#pragma once
// PLACEHOLDER: the wait-strategy model lands with issue 3.
namespace holdline { struct WaitStrategy {}; }

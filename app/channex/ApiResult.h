// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"

#include <optional>
#include <utility>
#include <variant>

namespace Channex {

// The outcome of one API call: a value or an ApiError, never both.
template<typename T> class ApiResult
{
public:
    ApiResult(T value) : m_state(std::move(value)) { }
    ApiResult(ApiError error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

// For calls whose success carries no data (delete).
struct Done
{
};

} // namespace Channex

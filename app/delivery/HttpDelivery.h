#pragma once

#include "app/delivery/OutgoingRequest.h"

#include <functional>

class QNetworkAccessManager;

namespace Delivery {

// `url` with `params` appended to whatever query it has, each key and value percent-encoded.
QUrl withQueryParams(const QUrl &url, const QList<QPair<QString, QString>> &params);

// Sends one request (request.method, POST by default) through `network` and calls `done`
// exactly once, later (never from inside post()), on the network manager's thread.
void post(QNetworkAccessManager *network, const OutgoingRequest &request,
          std::function<void(DeliveryResult)> done);

} // namespace Delivery

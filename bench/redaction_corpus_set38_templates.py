"""Set 38's templates with PII, 18 per register (even positions: tuning half, odd: held-out).

People dealing with people through a platform: classifieds and second-hand marketplaces
(listings, buyer and seller chat, meet-ups, bank transfers), private landlords and flatshares,
neighbourhood forums, sports clubs, gyms and leagues, faith and community groups, weddings,
parties and RSVPs, family notices (births, obituaries, funerals), tutoring, childcare,
pet-sitting and handyman marketplaces, gaming and Discord-style chat, creator and fan
platforms, crowdfunding and group purchases, lost-and-found, carpooling. Templates come in
pairs (positions 2k and 2k+1) holding the same entity types. About two thirds also carry
look-alikes next to the real PII (listing and order ids, prices, scores, jersey numbers, a
team, venue, band, brand, pet, handle or place), which stay unlabelled. Slots: persons {full}
{given} {last} {lf} (``Surname, Given``) {sg} (``SURNAME Given``) {init} (``J. Surname`` or
``J. R. Surname``) {gi} (``Given S.``) {nick} and the non-gold {title}, with _lc/_uc for lower
or upper case and .2/.3 for a second or third person; {email} (the person's own), {cmail}
(the person at a club or community domain), {emailr} (a role address); {phone} {phone_us}
{phone_dots} {phone_bare} {phone_ext} {phone_intl}; {ssn} {ssn_dash} {ssn_sp} {ssn_bare}
{ssn_dot}; {ip4} {ip6} {ip6_full} {ip6_plain} {ip6_upper} {ip6_v4} {ip6_zone} {ip}; {card};
{iban}; addresses {addr} {addrml} {street} and the non-gold {city} {postcode} {country};
every other slot is a look-alike or plain filler.
"""

# ruff: noqa: E501
from __future__ import annotations

CHAT: tuple[str, ...] = (
    "hi {given_lc}, is the {brand} pram still going? could collect {date}, my number's {phone}",
    "{nick} u still got the {qty} garden chairs from ad {listing}? text me on {phone_intl} x",
    "deposit for the box room sent to {iban}, ref {full} — so {rent} starting the 1st yeah?",
    "{given} can u send ur half for the {venue} tix to my acct {iban} (name on it: {full_lc})",
    "ok meet outside {street_lc} at {time}? ask for {given_lc}, {price} firm no offers",
    "{given} the wardrobe's at {street_lc}, ring the top bell, bring a mate it's heavy",
    "{full} wants the hen do guest list forwarded to {email}, we're {rsvp} 🎉",
    "pls add {full_lc} to the {team} parents chat, her email is {cmail}",
    "{nick} my card {card} got declined on the {band} presale 😩 can u grab mine",
    "lmaooo {nick_lc} pasted his whole card {card} in #general, mods pls nuke it",
    "{given}, nanny agency wants ur social for the vetting, is it still {ssn}?",
    "the tutoring app asked {gi} for her social ({ssn}) just to get paid out, legit or scam??",
    "mod log: {gi} banned {handle} again, same ip {ip4} as the last alt",
    "{nick} added {ip6} to the minecraft whitelist for u, still lagging on {build}?",
    "flowers and cards for {full_lc}'s family can go to {addr}, service is {date} at {time}",
    "save the date!! {given} & {given.2} are getting hitched, gifts to {addr} pls",
    "carpool {date}: {gi} drives, {given.2} in the back, driver's number {phone_us}",
    "{given} could u drop {nick.2} at training? {title.2} {last.2}'s mobile is {phone}",
)

TICKET: tuple[str, ...] = (
    "Payout change | seller {lf} switched payouts to {iban} from a new device at {ip4}. Listing {listing} on hold.",
    "T&S review: host {full} replaced bank details with {iban}; the change came from {ip4}. Booking {booking}.",
    "Buyer {full} contests what was taken from {card} for {order}, says the item never arrived.",
    "Chargeback: backer {init} says card {card} got hit two times for one pledge.",
    "Lost property {lostref}: wallet handed in, belongs to {full}, {addr}. Owner reachable on {phone}.",
    "Sitter no-show: {full} waited at {addr} from {time}; please call back on {phone_intl}.",
    "Childcare profile of {gi} has an SSN ({ssn_dash}) in the free text; purge it and write to {email}.",
    "Tutor onboarding: {full} typed SSN {ssn} into her bio; ask her at {email} to redo the W-9.",
    "Possible takeover: {nick} ({handle}) says the logins from {ip6} aren't him. Last seen on {build}.",
    "Ban appeal from {given}: banned for evasion, says {ip6_v4} is the shared flat wifi.",
    "Landlord issue: tenant {full} has had no heating since {date}; landlord {full_uc.2} won't answer {phone_ext}.",
    "Handyman job {booking}: client {lf} says {given.2} left the tiling half done. Call {phone_us}.",
    "Carpool complaint: driver {gi} dropped {full.2} at {addr}, miles from the agreed pick-up point. Ride {ride}, {trip}.",
    "Delivery of a second-hand cot to {addr} failed, buyer {full} not home. Tracking {track}.",
    "RSVP mix-up: {full} ({email}) received {full.2}'s confirmation; the other guest is {email.2}.",
    "Crowdfund payout: creator {full} wants refunds routed via {emailr}; backer {lf.2} wrote from {email.2}.",
    "Gym membership: {lf} contests the renewal taken from {card}; request sent from {ip6}.",
    "Fraud check: {full} bought {qty} tickets to {band} with card {card} from {ip4} behind a proxy.",
)

SEARCH: tuple[str, ...] = (
    "{full_lc} listings",
    "{lf} seller rating",
    "who has number {phone} re ad {listing}",
    "{phone_intl} whatsapp scam {price}",
    "{iban} {sg} deposit",
    "refund to {iban} {lf}",
    "room to rent {street_lc} {rent}",
    "{street_lc} flat share near {venue}",
    "{email} banned from {team} forum",
    "{email} second account {handle}",
    "{ip4} logins {date}",
    "{ip6_upper} which user {build}",
    "{init} card {card} {backer}",
    "{card} {full} chargeback {order}",
    "{ssn_bare} background check {lf}",
    "ssn {ssn_sp} {full_lc} tutor",
    "obituary {full} {city}",
    "{given_lc} {last_lc} funeral {date}",
)

REVIEW: tuple[str, ...] = (
    "{given} was a brilliant dog-sitter for {pet}, she's our go-to sitter now {stars}",
    "{nick} looked after {pet} like her own! {stars}",
    "Stayed in {gi}'s spare room at {addr} for {n} nights, spotless and quiet {stars}",
    "Bought a {brand} bike off {full}, exactly as described, handover at {addr} took five minutes.",
    "DO NOT BUY FROM {full_uc}. Took {price} off me, paid into {iban}, then vanished.",
    "Scam alert: {lf} had me send a holding fee to {iban}, then blocked me. {stars}",
    "{title} {last} coached my lad to a pass in {session}, lovely tutor, her number is {phone}",
    "{given} had the boiler running again in forty minutes and only charged {rate}, ring him on {phone_us}",
    "Driver {gi} was sweet but kept my card {card} after the ride?? got it back through {emailr}",
    "Host {full} texted asking for the long number on my card ({card}). Reported to {emailr}.",
    "{given_lc} is hands down the top coach at {team}, my kid lives for training {emoji}",
    "coach {last_lc} ran the {fixture} session brilliantly, {points} this season {emoji}",
    "Landlord {init} wanted my social, {ssn_dash}, sent over Facebook Messenger. Avoid.",
    "{full} ran my SSN ({ssn}) for a so-called credit check before even showing the flat. Shady.",
    "Seller {gi} shipped the next day; message {email} for custom orders {stars}",
    "Commissioned {nick} for a portrait of {pet}, worth every penny, contact {email}",
    "The forum mod {nick} posted my IP {ip4} in a public thread. Unbelievable.",
    "Admin {gi} doxxed me, my address {ip6} is sitting in the pinned post of {team} fans.",
)

LOG: tuple[str, ...] = (
    '{isots} INFO msg.sent listing={listing} from_user="{full}" to_user="{full.2}" ip={ip4}',
    "{isots} WARN chat.flagged room={invite} sender={gi} ip={ip4} reason=off_platform_payment",
    '{clock} payout.update seller_name="{lf}" iban={iban} status={status}',
    '{clock} refund.issued backer="{full}" iban={iban} amount="{price}"',
    "{isots} auth.login user={email} ip={ip6} latency_ms={ms}",
    "{isots} auth.reset email={email} ip={ip6_zone} status={status}",
    '{isots} kyc.submit name="{full}" ssn={ssn_bare} vertical=childcare',
    '{isots} kyc.retry applicant="{sg}" ssn={ssn_dash} vertical=tutoring attempt={n}',
    '{isots} pledge.charged card={card} backer_name="{init}" {backer}',
    '{isots} payment.captured card={card} holder="{full_uc}" order={order}',
    "{isots} sms.send to={phone_bare} template=pickup_reminder ride={ride} driver={given}",
    '{isots} call.bridge from={phone_intl} to={phone_intl} caller_name="{full}" listing={listing}',
    '{isots} geocode.ok query="{street}" user={gi} result={coords}',
    '{isots} profile.address_changed member="{full}" line1="{street}" club={team}',
    "{isots} mod.action actor={nick} target_ip={ip4} action=ban duration=7d",
    "{isots} mod.action actor={given} target_ip={ip6_full} action=mute port={port}",
    '{isots} rsvp.accept guest="{lf}" email={email} {rsvp}',
    '{isots} rsvp.decline attendee="{full}" email={email} event={venue}',
)

JSON: tuple[str, ...] = (
    '{"seller": {"name": "{full}", "phone": "{phone}"}, "listing_id": "{listing}", "price": "{price}"}',
    '{"poster": "{gi}", "poster_tel": "{phone_intl}", "category": "free stuff", "qty": "{qty}"}',
    '{"tenant": "{lf}", "deposit_iban": "{iban}", "rent": "{rent}"}',
    '{"payee": "{full}", "iban": "{iban}", "split": "{pct}"}',
    '{"member": {"forename": "{given}", "family_name": "{last}"}, "address": "{addr}", "membership": "{member}"}',
    '{"guest": "{full}", "plus_one": "{given.2}", "mail_to": {"street_line": "{street}", "town": "{city}", "post_code": "{postcode}"}}',
    '{"backer": "{full}", "email": "{email}", "pledge": "{backer}"}',
    '{"user": "{handle}", "screen_name": "{init}", "email": "{email}", "rank": "{tag}"}',
    '{"tutor": {"name": "{lf}", "ssn": "{ssn_bare}"}, "subject": "{session}"}',
    '{"caregiver": "{full}", "ssn": "{ssn}", "background_check": "pending"}',
    '{"evt": "server_join", "player": "{nick}", "ip": "{ip}"}',
    '{"event": "poll_vote", "voter": "{gi}", "ip": "{ip6}", "poll": "{fixture}"}',
    '{"checkout": {"pan": "{card}", "holder_name": "{full}"}, "basket": "{order}"}',
    '{"card_number": "{card}", "printed_name": "{full_uc}", "total": "{price}"}',
    '{"driver": "{full}", "driver_phone": "{phone_intl}", "passengers": ["{given.2}", "{given.3}"], "ride": "{ride}"}',
    '{"sitter": "{gi}", "sitter_mobile": "{phone_us}", "pet": "{pet}", "owner": "{given.2}"}',
    '{"deceased": "{full}", "service_time": "{time}", "family_contact": "{email.2}", "contact_name": "{full.2}"}',
    '{"couple": ["{given}", "{given.2}"], "rsvp_to": "{email}", "venue": "{venue}"}',
)

MULTILINE: tuple[str, ...] = (
    "FOR SALE: {brand} cot, barely used\nPrice: {price}\nCollection from:\n{addrml}\nCall {given}: {phone}",
    "ROOM TO LET\n{rent}, no pets, no smokers\nViewings at:\n{addrml}\nAsk for {full} on {phone_intl}",
    "In loving memory of\n{full_uc}\n{funeral}, {plotno}\nFamily flowers only. Enquiries to {full.2}, {phone}.",
    "{given} and {full.2} are over the moon to share the arrival of a baby girl\n{date}, 3.4kg\nVisits welcome, just text {phone_dots} first",
    "Together with their families\n{full}\n&\n{full.2}\ninvite you to celebrate their marriage at {venue}\nRSVP by {date} to {email}",
    "You're invited to {given}'s 40th!!\n{date}, {time}\n{addrml}\nRSVP {email}, {rsvp}",
    "Hi {given.2},\n\nThanks for bidding on {lot}. Payment within three days please.\n\nBest,\n{full}\n{phone}\n{email}",
    "Hello {given_lc},\n\nYour commission ({tier}) is in the queue.\n\nCheers,\n{nick.2}\n{phone_intl}\n{email.2}",
    "Allotment application\nName: {lf}\nPlot wanted: {plotno}\nAddress:\n{addrml}\nTel: {phone_us}\nReferee: {full.2}",
    "MEMBERSHIP FORM\nSurname: {last_uc}\nFirst name(s): {given}\nAddress:\n{addrml}\nMobile: {phone}\nEmergency contact: {full.2}",
    "Whip-round for the coach's present\nAccount name: {full}\nIBAN: {iban}\nReference: {raffle}",
    "Hi all, collection for {given}'s leaving present\nsend to {full.2}\n{iban}\nmin {price}",
    "Nanny application\nName: {full}\nSSN: {ssn}\nAddress: {addr}\nAvailable: {date}",
    "W-9 for tutoring income\nName: {lf}\nSSN: {ssn_sp}\nAddress: {addr}\nRate: {rate}",
    "[{clock}] <{handle}> lol {nick} your ip is {ip4}\n[{clock}] <{nick}> delete that rn\n[{clock}] <modbot> message removed",
    "server note from {given}:\nwhitelisted {ip6} for {nick.2}\nport {port} open, build {build}",
    "Receipt: {band} tribute night\nBuyer: {full}\nCard: {card}\nBilling address: {addr}",
    "Pledge confirmation {backer}\nBacker: {init}\nCharged to: {card}\nShip to:\n{addrml}",
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "chat": CHAT,
    "ticket": TICKET,
    "search": SEARCH,
    "review": REVIEW,
    "log": LOG,
    "json": JSON,
    "multiline": MULTILINE,
}

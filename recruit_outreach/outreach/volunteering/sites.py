"""The NW London NHS trusts and their main hospitals, loaded by a data migration (names are proper nouns)."""

NW_LONDON_SITES: tuple[tuple[str, str, str], ...] = (
    ("Imperial College Healthcare NHS Trust", "St Mary's Hospital", "westminster"),
    ("Imperial College Healthcare NHS Trust", "Charing Cross Hospital", "hammersmith_fulham"),
    ("Imperial College Healthcare NHS Trust", "Hammersmith Hospital", "hammersmith_fulham"),
    ("Imperial College Healthcare NHS Trust", "Queen Charlotte's and Chelsea Hospital", "hammersmith_fulham"),
    ("Imperial College Healthcare NHS Trust", "Western Eye Hospital", "westminster"),
    ("Chelsea and Westminster Hospital NHS Foundation Trust", "Chelsea and Westminster Hospital", "kensington_chelsea"),
    ("Chelsea and Westminster Hospital NHS Foundation Trust", "West Middlesex University Hospital", "hounslow"),
    ("London North West University Healthcare NHS Trust", "Northwick Park Hospital", "harrow"),
    ("London North West University Healthcare NHS Trust", "Ealing Hospital", "ealing"),
    ("London North West University Healthcare NHS Trust", "Central Middlesex Hospital", "brent"),
    ("London North West University Healthcare NHS Trust", "St Mark's Hospital", "harrow"),
    ("The Hillingdon Hospitals NHS Foundation Trust", "Hillingdon Hospital", "hillingdon"),
    ("The Hillingdon Hospitals NHS Foundation Trust", "Mount Vernon Hospital", "hillingdon"),
    ("Central and North West London NHS Foundation Trust", "CNWL community services", ""),
    ("West London NHS Trust", "West London NHS Trust services", ""),
    ("Central London Community Healthcare NHS Trust", "CLCH community clinics", ""),
    ("Hounslow and Richmond Community Healthcare NHS Trust", "Hounslow community clinics", "hounslow"),
    ("Royal Brompton and Harefield (Guy's and St Thomas')", "Royal Brompton Hospital", "kensington_chelsea"),
    ("Royal Brompton and Harefield (Guy's and St Thomas')", "Harefield Hospital", "hillingdon"),
    ("The Royal Marsden NHS Foundation Trust", "The Royal Marsden, Chelsea", "kensington_chelsea"),
)

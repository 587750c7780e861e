"""Sign-up: the account is saved first, then a plan is looked up (and may not exist)."""

from django.http import HttpResponse

from .models import Account, Plan


def sign_up(request):
    account = Account.objects.create(email=request.POST["email"])
    account.plan = Plan.objects.get(code=request.POST["plan"])  # DoesNotExist -> 500
    account.save(update_fields=["plan"])
    return HttpResponse("welcome", status=201)
